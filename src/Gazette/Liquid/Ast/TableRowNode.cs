using System.Globalization;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;
using Gazette.Liquid.Runtime;
using Gazette.Liquid.Syntax;

namespace Gazette.Liquid.Ast;

/// <summary>
/// Liquid 4's <c>tablerow</c> (lib/liquid/tags/table_row.rb): rows of <c>&lt;td&gt;</c> cells, <c>cols</c>,
/// <c>limit</c>, <c>offset</c>. Like Liquid 4, a <c>break</c> or <c>continue</c> does not end the table: it
/// ends its cell, every later cell stops after its first tag (the interrupt is still pending), and the
/// interrupts then reach the enclosing loops (one each) and the template.
/// </summary>
internal sealed class TableRowNode : Statement
{
    private readonly string _variable;
    private readonly Expression _collection;
    private readonly Dictionary<string, Expression> _attributes;
    private readonly IReadOnlyList<Statement> _body;

    private TableRowNode(string variable, Expression collection, Dictionary<string, Expression> attributes, IReadOnlyList<Statement> body)
    {
        _variable = variable;
        _collection = collection;
        _attributes = attributes;
        _body = body;
    }

    public static LiquidNode Parse(LiquidTagContext tag)
    {
        var match = LiquidRegex.TableRowSyntax().Match(tag.Markup);
        if (!match.Success)
        {
            throw new LiquidSyntaxException("Syntax Error in 'table_row loop' - Valid syntax: table_row [item] in [collection] cols=3");
        }
        var attributes = new Dictionary<string, Expression>(StringComparer.Ordinal);
        foreach (System.Text.RegularExpressions.Match attribute in LiquidRegex.TagAttributes().Matches(tag.Markup))
        {
            attributes[attribute.Groups[1].Value] = ExpressionParser.Parse(attribute.Groups[2].Value);
        }
        var body = new BlockBody();
        var blank = true;
        while (tag.Run.ParseBlockBody(body, tag.Name, null, ref blank))
        {
        }
        var node = new TableRowNode(match.Groups[1].Value, ExpressionParser.Parse(match.Groups[2].Value), attributes, body.ToArray());
        return new LiquidNode(node, blank, IsBlock: true);
    }

    public override async ValueTask<Completion> WriteToAsync(TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        context.IncrementSteps();
        var collection = await _collection.EvaluateAsync(context);
        if (!RubyCompare.IsTruthy(collection))
        {
            return Completion.Normal;
        }
        var from = _attributes.TryGetValue("offset", out var offset) ? RubyNumber.ToI(await offset.EvaluateAsync(context)) : 0;
        decimal? to = _attributes.TryGetValue("limit", out var limit) ? from + RubyNumber.ToI(await limit.EvaluateAsync(context)) : null;
        var items = ForNode.Slice(collection, from, to, context);
        var cols = _attributes.TryGetValue("cols", out var colsExpression) ? (int)RubyNumber.ToI(await colsExpression.EvaluateAsync(context)) : 0;
        var state = LiquidState.Of(context);
        var loop = new TablerowloopValue(items.Count, cols);
        var interrupts = new List<Completion>();
        await writer.WriteAsync("<tr class=\"row1\">\n");
        state.Push();
        try
        {
            state.SetLocal("tablerowloop", loop);
            foreach (var item in items)
            {
                state.SetLocal(_variable, item);
                await writer.WriteAsync("<td class=\"col" + loop.Col.ToString(CultureInfo.InvariantCulture) + "\">");
                await RenderCellAsync(writer, encoder, context, interrupts);
                await writer.WriteAsync("</td>");
                if (loop.ColLast && !loop.Last)
                {
                    await writer.WriteAsync("</tr>\n<tr class=\"row" + (loop.Row + 1).ToString(CultureInfo.InvariantCulture) + "\">");
                }
                loop.Increment();
            }
        }
        finally
        {
            state.Pop();
        }
        await writer.WriteAsync("</tr>\n");
        if (interrupts.Count == 0)
        {
            return Completion.Normal;
        }
        for (var i = 0; i < interrupts.Count - 1; i++)
        {
            state.ExtraInterrupts.Push(interrupts[i]);
        }
        return interrupts[^1];
    }

    // Liquid 4: BlockBody#render stops after any tag once an interrupt is pending.
    private async ValueTask RenderCellAsync(TextWriter writer, TextEncoder encoder, TemplateContext context, List<Completion> interrupts)
    {
        foreach (var statement in _body)
        {
            var completion = await statement.WriteToAsync(writer, encoder, context);
            if (completion != Completion.Normal)
            {
                interrupts.Add(completion);
                return;
            }
            if (interrupts.Count > 0 && statement is not (TextNode or LineNode { Node: OutputNode }))
            {
                return;
            }
        }
    }
}
