using Fluid.Values;
using Gazette.Liquid.Drops;

namespace Gazette.Liquid.Runtime;

/// <summary>Ruby's <c>==</c>, <c>&lt;=&gt;</c> and truthiness for Liquid values, as Liquid 4's conditions use them.</summary>
internal static class RubyCompare
{
    /// <summary>Only nil and false are false in Ruby.</summary>
    public static bool IsTruthy(FluidValue value) => value switch
    {
        EmptyValue or BlankValue => true,
        BooleanValue b => b.ToBooleanValue(),
        _ => !value.IsNil(),
    };

    /// <summary>Ruby's <c>==</c>: numbers by value (1 == 1.0), strings, arrays and hashes by content.</summary>
    public static bool Equal(FluidValue a, FluidValue b, int depth = 0)
    {
        if (depth > 100)
        {
            return false;
        }
        if (a is EmptyValue or BlankValue || b is EmptyValue or BlankValue)
        {
            return ReferenceEquals(a, b);
        }
        if (a.IsNil() || b.IsNil())
        {
            return a.IsNil() && b.IsNil();
        }
        switch (a)
        {
            case NumberValue:
                return b is NumberValue && a.ToNumberValue() == b.ToNumberValue();
            case StringValue:
                return b is StringValue && string.Equals(a.ToStringValue(), b.ToStringValue(), StringComparison.Ordinal);
            case BooleanValue:
                return b is BooleanValue && a.ToBooleanValue() == b.ToBooleanValue();
            case ArrayValue left:
                if (b is not ArrayValue right || left.Values.Count != right.Values.Count)
                {
                    return false;
                }
                for (var i = 0; i < left.Values.Count; i++)
                {
                    if (!Equal(left.Values[i], right.Values[i], depth + 1))
                    {
                        return false;
                    }
                }
                return true;
            case DictionaryValue:
                return b is DictionaryValue && HashEqual((IFluidIndexable)a.ToObjectValue(), (IFluidIndexable)b.ToObjectValue(), depth);
            case RubyTimeValue time:
                return b is RubyTimeValue other && time.Value == other.Value;
            default:
                return ReferenceEquals(a, b) || a.Equals(b);
        }
    }

    private static bool HashEqual(IFluidIndexable a, IFluidIndexable b, int depth)
    {
        if (a.Count != b.Count)
        {
            return false;
        }
        foreach (var key in a.Keys)
        {
            if (!b.TryGetValue(key, out var other) || !a.TryGetValue(key, out var mine) || !Equal(mine, other, depth + 1))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Ruby's <c>&lt;=&gt;</c> for values that have it (numbers, strings, times, arrays of those); null when the two
    /// cannot be compared (Ruby returns nil, and sorting then raises).
    /// </summary>
    public static int? Spaceship(FluidValue a, FluidValue b)
    {
        switch (a)
        {
            case NumberValue when b is NumberValue:
                return a.ToNumberValue().CompareTo(b.ToNumberValue());
            case StringValue when b is StringValue:
                return Math.Sign(string.CompareOrdinal(a.ToStringValue(), b.ToStringValue()));
            case RubyTimeValue ta when b is RubyTimeValue tb:
                return ta.Value.CompareTo(tb.Value);
            case ArrayValue la when b is ArrayValue lb:
                for (var i = 0; i < Math.Min(la.Values.Count, lb.Values.Count); i++)
                {
                    var c = Spaceship(la.Values[i], lb.Values[i]);
                    if (c != 0)
                    {
                        return c;
                    }
                }
                return la.Values.Count.CompareTo(lb.Values.Count);
            case BooleanValue or NilValue when Equal(a, b):
                return 0;
            default:
                return null;
        }
    }

    /// <summary>Ruby's class name, for error messages ("comparison of Integer with String failed").</summary>
    public static string ClassName(FluidValue value) => value switch
    {
        _ when value.IsNil() => "NilClass",
        NumberValue n => RubyNumber.IsFloat(n) ? "Float" : "Integer",
        StringValue => "String",
        BooleanValue b => b.ToBooleanValue() ? "TrueClass" : "FalseClass",
        ArrayValue => "Array",
        DictionaryValue => "Hash",
        RubyTimeValue => "Time",
        RubyRangeValue => "Range",
        _ => "Object",
    };
}
