using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;
using Fluid.Values;
using Gazette.Liquid.Runtime;
using Gazette.Liquid.Syntax;

namespace Gazette.Liquid.Ast;

/// <summary>
/// Liquid 4's <c>cycle</c> (lib/liquid/tags/cycle.rb). Unnamed cycles share their position when their values
/// print the same (Ruby keys them by <c>@variables.to_s</c>); a cycle of variables has a key of its own.
/// </summary>
internal sealed class CycleNode : Statement
{
    private readonly Expression? _name;
    private readonly string _key;
    private readonly List<Expression> _values;

    private CycleNode(Expression? name, string key, List<Expression> values)
    {
        _name = name;
        _key = key;
        _values = values;
    }

    public static LiquidNode Parse(LiquidTagContext tag)
    {
        var named = LiquidRegex.CycleNamed().Match(tag.Markup);
        if (named.Success)
        {
            return new LiquidNode(new CycleNode(ExpressionParser.Parse(named.Groups[1].Value), "", Values(named.Groups[2].Value)));
        }
        if (LiquidRegex.CycleSimple().IsMatch(tag.Markup))
        {
            var values = Values(tag.Markup);
            return new LiquidNode(new CycleNode(null, Key(values), values));
        }
        throw new LiquidSyntaxException("Syntax Error in 'cycle' - Valid syntax: cycle [name :] var [, var2, var3 ...]");
    }

    // Liquid: Cycle#variables_from_string — split on commas (even inside quotes), first fragment of each part.
    private static List<Expression> Values(string markup)
    {
        var values = new List<Expression>();
        foreach (var part in markup.Split(','))
        {
            var match = LiquidRegex.CycleVariable().Match(part);
            if (match.Success)
            {
                values.Add(ExpressionParser.Parse(match.Groups[1].Value));
            }
        }
        return values;
    }

    // Ruby: Array#to_s of the parsed values — literals print as themselves, a lookup as a unique object.
    private static string Key(List<Expression> values)
    {
        var parts = new List<string>();
        foreach (var value in values)
        {
            parts.Add(ExpressionParser.LiteralValue(value) is { } literal ? RubyText.Inspect(literal) : "#<lookup " + Guid.NewGuid().ToString("N") + ">");
        }
        return "[" + string.Join(", ", parts) + "]";
    }

    public override async ValueTask<Completion> WriteToAsync(TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        context.IncrementSteps();
        var state = LiquidState.Of(context);
        var key = _name is null ? _key : KeyOf(await _name.EvaluateAsync(context));
        var iteration = state.Cycles.GetValueOrDefault(key);
        var result = iteration < _values.Count ? await _values[iteration].EvaluateAsync(context) : NilValue.Instance;
        iteration++;
        if (iteration >= _values.Count)
        {
            iteration = 0;
        }
        state.Cycles[key] = iteration;
        await writer.WriteAsync(RubyText.Output(result));
        return Completion.Normal;
    }

    // A named cycle's position is keyed by the name's value (a Ruby hash key: type and value).
    private static string KeyOf(FluidValue name) => RubyCompare.ClassName(name) + ":" + RubyText.Inspect(name);
}
