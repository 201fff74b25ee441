using Fluid;
using Fluid.Ast;
using Fluid.Values;
using Gazette.Liquid.Runtime;
using Gazette.Liquid.Syntax;

namespace Gazette.Liquid.Ast;

/// <summary>
/// Liquid 4's <c>RangeLookup</c>: <c>(a..b)</c> with a variable bound, evaluated to an integer range; when both
/// bounds are literals the range is made once at parse time.
/// </summary>
internal sealed class RangeLookupExpression : Expression
{
    private readonly Expression _start;
    private readonly Expression _end;

    private RangeLookupExpression(Expression start, Expression end)
    {
        _start = start;
        _end = end;
    }

    public static Expression Parse(string startMarkup, string endMarkup)
    {
        var start = ExpressionParser.Parse(startMarkup);
        var end = ExpressionParser.Parse(endMarkup);
        if (ExpressionParser.LiteralValue(start) is { } first && ExpressionParser.LiteralValue(end) is { } last)
        {
            return new LiteralExpression(new RubyRangeValue(RubyNumber.ToI(first), RubyNumber.ToI(last)));
        }
        return new RangeLookupExpression(start, end);
    }

    public override async ValueTask<FluidValue> EvaluateAsync(TemplateContext context)
    {
        var start = ToInteger(await _start.EvaluateAsync(context));
        var end = ToInteger(await _end.EvaluateAsync(context));
        return new RubyRangeValue(start, end);
    }

    // Liquid: RangeLookup#to_integer — integers as they are, nil and strings by to_i, others by Integer().
    private static decimal ToInteger(FluidValue value) => value switch
    {
        _ when RubyNumber.IsInteger(value) => value.ToNumberValue(),
        StringValue or NilValue or UndefinedValue => RubyNumber.ToI(value),
        _ => RubyNumber.ToInteger(value),
    };
}
