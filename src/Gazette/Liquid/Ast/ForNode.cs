using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;
using Fluid.Values;
using Gazette.Liquid.Runtime;
using Gazette.Liquid.Syntax;

namespace Gazette.Liquid.Ast;

/// <summary>
/// Liquid 4's <c>for</c> (lib/liquid/tags/for.rb): <c>limit</c>, <c>offset</c> (or <c>offset: continue</c>) and
/// <c>reversed</c> (applied after slicing), an <c>else</c> for an empty segment, <c>forloop</c> with
/// <c>parentloop</c>, and the loop variable in its own scope.
/// </summary>
internal sealed class ForNode : Statement
{
    private readonly string _variable;
    private readonly string _name;
    private readonly Expression _collection;
    private readonly bool _reversed;
    private readonly Expression? _limit;
    private readonly Expression? _offset;
    private readonly bool _continue;
    private readonly IReadOnlyList<Statement> _body;
    private readonly IReadOnlyList<Statement>? _else;

    private ForNode(ForSyntax.Header header, IReadOnlyList<Statement> body, IReadOnlyList<Statement>? elseBody)
    {
        _variable = header.Variable;
        _name = header.Variable + "-" + header.CollectionMarkup;
        _collection = header.Collection;
        _reversed = header.Reversed;
        _limit = header.Limit;
        _offset = header.Offset;
        _continue = header.OffsetContinue;
        _body = body;
        _else = elseBody;
    }

    public static LiquidNode Parse(LiquidTagContext tag)
    {
        var header = tag.Run.Switch(tag.Markup, ForSyntax.Strict, ForSyntax.Lax);
        var body = new BlockBody();
        BlockBody? elseBody = null;
        var blank = true;
        if (tag.Run.ParseBlockBody(body, tag.Name, (name, _) =>
        {
            if (name != "else")
            {
                LiquidParseRun.UnknownTag(name, tag.Name);
            }
            elseBody = new BlockBody();
        }, ref blank))
        {
            tag.Run.ParseBlockBody(elseBody!, tag.Name, null, ref blank);
        }
        return new LiquidNode(new ForNode(header, body.ToArray(), elseBody?.ToArray()), blank, IsBlock: true);
    }

    public override async ValueTask<Completion> WriteToAsync(TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        context.IncrementSteps();
        var state = LiquidState.Of(context);
        var from = _continue
            ? state.ForOffsets.GetValueOrDefault(_name)
            : RubyNumber.ToI(_offset is null ? NilValue.Instance : await _offset.EvaluateAsync(context));
        var collection = await _collection.EvaluateAsync(context);
        var limit = _limit is null ? NilValue.Instance : await _limit.EvaluateAsync(context);
        decimal? to = limit.IsNil() ? null : RubyNumber.ToI(limit) + from;
        var segment = Slice(collection, from, to, context);
        if (_reversed)
        {
            segment.Reverse();
        }
        state.ForOffsets[_name] = from + segment.Count;
        if (segment.Count == 0)
        {
            return _else is null ? Completion.Normal : await _else.RenderStatementsAsync(writer, encoder, context);
        }
        var loop = new ForloopValue(_name, segment.Count, state.ForStack.Count > 0 ? state.ForStack[^1] : null);
        state.ForStack.Add(loop);
        state.Push();
        try
        {
            state.SetLocal("forloop", loop);
            foreach (var item in segment)
            {
                context.IncrementSteps();
                state.SetLocal(_variable, item);
                var completion = await _body.RenderStatementsAsync(writer, encoder, context);
                loop.Index0++;
                if (completion != Completion.Normal && state.ExtraInterrupts.Count > 0)
                {
                    // Liquid 4: this loop consumed one interrupt; the next one stops the body around the loop.
                    return state.ExtraInterrupts.Pop();
                }
                if (completion == Completion.Break)
                {
                    break;
                }
            }
        }
        finally
        {
            state.Pop();
            state.ForStack.RemoveAt(state.ForStack.Count - 1);
        }
        return Completion.Normal;
    }

    /// <summary>
    /// Liquid: <c>Utils.slice_collection</c> — the items from <paramref name="from"/> up to <paramref name="to"/>;
    /// a string is one item, a hash yields [key, value] pairs, a range its integers, anything else nothing.
    /// </summary>
    public static List<FluidValue> Slice(FluidValue collection, decimal from, decimal? to, TemplateContext context)
    {
        var items = new List<FluidValue>();
        if (collection is StringValue text)
        {
            if (text.ToStringValue().Length > 0)
            {
                items.Add(text);
            }
            return items;
        }
        IEnumerable<FluidValue> source = collection switch
        {
            ArrayValue array => array.Values,
            DictionaryValue or RubyRangeValue => collection.Enumerate(context),
            _ when collection.IsNil() || collection is NumberValue or BooleanValue or EmptyValue or BlankValue => [],
            _ => collection.Enumerate(context),
        };
        var index = 0;
        foreach (var item in source)
        {
            if (to is not null && to <= index)
            {
                break;
            }
            if (from <= index)
            {
                items.Add(item);
            }
            index++;
        }
        return items;
    }
}
