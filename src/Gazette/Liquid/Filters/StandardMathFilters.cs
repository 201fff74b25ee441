using Fluid;
using Fluid.Values;
using Gazette.Liquid.Runtime;

namespace Gazette.Liquid.Filters;

/// <summary>
/// Liquid 4.0.4's number filters: operands go through <c>Utils.to_number</c> (a Float becomes a BigDecimal of
/// its printed form, so <c>0.1 | plus: 0.2</c> is 0.3), Integer with Integer stays Integer (Ruby's floor division
/// and modulo), and any decimal result comes back as a Float.
/// </summary>
internal static class StandardMathFilters
{
    public static FilterCollection WithStandardMathFilters(this FilterCollection filters) => filters
        .Add("abs", 0, 0, (input, _, _) => Result(Math.Abs(RubyNumber.ToNumber(input))))
        .Add("plus", 1, 1, (input, args, _) => Operate(input, args.At(0), (a, b) => a + b))
        .Add("minus", 1, 1, (input, args, _) => Operate(input, args.At(0), (a, b) => a - b))
        .Add("times", 1, 1, (input, args, _) => Operate(input, args.At(0), (a, b) => a * b))
        .Add("divided_by", 1, 1, (input, args, _) => Operate(input, args.At(0), Divide))
        .Add("modulo", 1, 1, (input, args, _) => Operate(input, args.At(0), Modulo))
        .Add("round", 0, 1, (input, args, _) => Round(input, args))
        .Add("ceil", 0, 0, (input, _, _) => NumberValue.Create(decimal.Truncate(Math.Ceiling(RubyNumber.ToNumber(input)))))
        .Add("floor", 0, 0, (input, _, _) => NumberValue.Create(decimal.Truncate(Math.Floor(RubyNumber.ToNumber(input)))))
        .Add("at_least", 1, 1, (input, args, _) => Bound(input, args.At(0), least: true))
        .Add("at_most", 1, 1, (input, args, _) => Bound(input, args.At(0), least: false));

    private static ValueTask<FluidValue> Operate(FluidValue input, FluidValue operand, Func<decimal, decimal, decimal> operation)
    {
        var a = RubyNumber.ToNumber(input);
        var b = RubyNumber.ToNumber(operand);
        try
        {
            var result = operation(a, b);
            return RubyNumber.IsFloat(a) || RubyNumber.IsFloat(b) ? RubyNumber.FloatOf(result) : NumberValue.Create(decimal.Truncate(result));
        }
        catch (NonFiniteResult result)
        {
            return new RubyFloatValue(result.Value);
        }
        catch (OverflowException)
        {
            throw new LiquidException("number too large for Gazette's decimal arithmetic");
        }
    }

    // Ruby: Integer#/ floors and raises ZeroDivisionError for 0; BigDecimal#/ divides (by zero: ±Infinity, NaN).
    private static decimal Divide(decimal a, decimal b)
    {
        if (b == 0)
        {
            if (RubyNumber.IsFloat(a) || RubyNumber.IsFloat(b))
            {
                throw new NonFiniteResult(a == 0 ? double.NaN : a > 0 ? double.PositiveInfinity : double.NegativeInfinity);
            }
            throw new LiquidException("divided by 0");
        }
        return RubyNumber.IsFloat(a) || RubyNumber.IsFloat(b) ? a / b : Math.Floor(a / b);
    }

    // Ruby: the modulo takes the sign of the divisor.
    private static decimal Modulo(decimal a, decimal b)
    {
        if (b == 0)
        {
            throw new LiquidException("divided by 0");
        }
        var r = a % b;
        return r != 0 && (r < 0) != (b < 0) ? r + b : r;
    }

    private static ValueTask<FluidValue> Result(decimal value) =>
        RubyNumber.IsFloat(value) ? RubyNumber.FloatOf(value) : NumberValue.Create(value);

    // Liquid 4: round(input, n = 0) — half away from zero; an integer unless n is given and non-zero.
    private static ValueTask<FluidValue> Round(FluidValue input, FilterArguments args)
    {
        var value = RubyNumber.ToNumber(input);
        var digits = args.Count > 0 ? RubyNumber.ToNumber(args.At(0)) : 0;
        var places = (int)Math.Clamp(decimal.Truncate(digits), -28, 28);
        decimal rounded;
        if (places >= 0)
        {
            rounded = Math.Round(value, places, MidpointRounding.AwayFromZero);
        }
        else
        {
            var factor = (decimal)Math.Pow(10, -places);
            rounded = Math.Round(value / factor, 0, MidpointRounding.AwayFromZero) * factor;
        }
        // Ruby: BigDecimal#round(n) is an Integer for n <= 0, and Integer#round stays an Integer.
        if (places <= 0 || !RubyNumber.IsFloat(value))
        {
            return NumberValue.Create(decimal.Truncate(rounded));
        }
        return RubyNumber.FloatOf(rounded);
    }

    // Liquid 4: at_least/at_most compare the to_number values; a decimal result is a Float.
    private static ValueTask<FluidValue> Bound(FluidValue input, FluidValue limit, bool least)
    {
        var value = RubyNumber.ToNumber(input);
        var bound = RubyNumber.ToNumber(limit);
        var result = least ? (bound > value ? bound : value) : (bound < value ? bound : value);
        return Result(result);
    }

    private sealed class NonFiniteResult(double value) : Exception
    {
        public double Value { get; } = value;
    }
}
