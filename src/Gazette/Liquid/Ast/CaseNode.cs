using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;
using Gazette.Liquid.Syntax;

namespace Gazette.Liquid.Ast;

/// <summary>
/// Liquid 4's <c>case</c> (lib/liquid/tags/case.rb): every matching <c>when</c> renders, in order; an
/// <c>else</c> renders (and ends the tag) only when no earlier <c>when</c> matched. Text before the first
/// <c>when</c> is parsed and dropped.
/// </summary>
internal sealed class CaseNode : Statement
{
    private readonly List<(Condition Condition, IReadOnlyList<Statement> Body)> _blocks;

    private CaseNode(List<(Condition, IReadOnlyList<Statement>)> blocks) => _blocks = blocks;

    public static LiquidNode Parse(LiquidTagContext tag)
    {
        var match = LiquidRegex.CaseSyntax().Match(tag.Markup);
        if (!match.Success)
        {
            throw new LiquidSyntaxException("Syntax Error in 'case' - Valid syntax: case [condition]");
        }
        var left = ExpressionParser.Parse(match.Groups[1].Value);
        var blocks = new List<(Condition Condition, BlockBody Body)>();
        var body = new BlockBody();
        var blank = true;
        while (tag.Run.ParseBlockBody(body, tag.Name, (name, markup) =>
        {
            if (name == "when")
            {
                AddWhen(blocks, left, markup);
            }
            else if (name == "else")
            {
                if (!LiquidRegex.WhitespaceOrNothing().IsMatch(markup))
                {
                    throw new LiquidSyntaxException("Syntax Error in tag 'case' - Valid else condition: {% else %} (no parameters) ");
                }
                blocks.Add((Condition.Else(), new BlockBody()));
            }
            else
            {
                LiquidParseRun.UnknownTag(name, tag.Name);
            }
        }, ref blank))
        {
            body = blocks[^1].Body;
        }
        return new LiquidNode(new CaseNode(blocks.Select(b => (b.Condition, (IReadOnlyList<Statement>)b.Body.ToArray())).ToList()), blank, IsBlock: true);
    }

    // Liquid: Case#record_when_condition — "a or b, c": one condition per value, all sharing one body.
    private static void AddWhen(List<(Condition, BlockBody)> blocks, Expression left, string markup)
    {
        var body = new BlockBody();
        string? rest = markup;
        while (rest is not null)
        {
            var match = LiquidRegex.WhenSyntax().Match(rest);
            if (!match.Success)
            {
                throw new LiquidSyntaxException("Syntax Error in tag 'case' - Valid when condition: {% when [condition] [or condition2...] %}");
            }
            rest = match.Groups[2].Success ? match.Groups[2].Value : null;
            blocks.Add((new Condition(left, "==", ExpressionParser.Parse(match.Groups[1].Value)), body));
        }
    }

    public override async ValueTask<Completion> WriteToAsync(TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        context.IncrementSteps();
        var elseAllowed = true;
        foreach (var (condition, body) in _blocks)
        {
            if (condition.IsElse)
            {
                if (elseAllowed)
                {
                    return await body.RenderStatementsAsync(writer, encoder, context);
                }
                continue;
            }
            if (await condition.IsTrueAsync(context))
            {
                elseAllowed = false;
                var completion = await body.RenderStatementsAsync(writer, encoder, context);
                if (completion != Completion.Normal)
                {
                    return completion;
                }
            }
        }
        return Completion.Normal;
    }
}
