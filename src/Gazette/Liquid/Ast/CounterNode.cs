using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;
using Fluid.Values;
using Gazette.Liquid.Runtime;
using Gazette.Liquid.Syntax;

namespace Gazette.Liquid.Ast;

/// <summary>
/// Liquid 4's <c>increment</c> and <c>decrement</c>: counters live in the first environment (the page's
/// variables), apart from assigned variables, and print the value (before incrementing, after decrementing).
/// </summary>
internal sealed class CounterNode : Statement
{
    private readonly string _variable;
    private readonly int _step;

    private CounterNode(string variable, int step)
    {
        _variable = variable;
        _step = step;
    }

    public static LiquidNode Parse(LiquidTagContext tag) =>
        new(new CounterNode(RubyString.Strip(tag.Markup), tag.Name == "increment" ? 1 : -1));

    public override ValueTask<Completion> WriteToAsync(TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        context.IncrementSteps();
        var counters = LiquidState.Counters(context);
        var current = counters.TryGetValue(_variable, out var counter) ? counter : LiquidState.Of(context).Environment(_variable, context);
        if (!current.IsNil() && current is not NumberValue)
        {
            throw new LiquidException($"no implicit conversion of Integer into {RubyCompare.ClassName(current)}");
        }
        var value = current.IsNil() ? 0 : current.ToNumberValue();
        var next = value + _step;
        counters[_variable] = NumberValue.Create(next);
        writer.Write(RubyText.Number(_step > 0 ? value : next));
        return new ValueTask<Completion>(Completion.Normal);
    }
}
