using System.Globalization;
using System.Text;
using Fluid.Values;

namespace Gazette.Liquid.Runtime;

/// <summary>
/// Liquid values as Ruby prints them: <c>to_s</c> (what string filters see: nil is empty, arrays and hashes
/// print as <c>inspect</c>), the output of <c>{{ value }}</c> (the same, but arrays are joined), and
/// <c>inspect</c> (<c>{"a"=>1}</c>, the Ruby ≤ 3.3 form).
/// </summary>
internal static class RubyText
{
    /// <summary>What <c>{{ value }}</c> writes: Liquid 4 joins an array (<c>Array#join</c>), else <c>to_s</c>.</summary>
    public static string Output(FluidValue value) => value is ArrayValue array ? Join(array, "") : ToS(value);

    /// <summary>Ruby's <c>to_s</c> of a Liquid value, as Liquid's string filters apply it.</summary>
    public static string ToS(FluidValue value) => value switch
    {
        StringValue s => s.ToStringValue(),
        _ when value.IsNil() => "",
        NumberValue n => Number(n.ToNumberValue()),
        BooleanValue b => b.ToBooleanValue() ? "true" : "false",
        ArrayValue or DictionaryValue => Inspect(value),
        EmptyValue or BlankValue => "",
        _ => value.ToStringValue(),
    };

    /// <summary>Ruby's <c>Array#join</c>: nested arrays are joined too, each element by its <c>to_s</c>.</summary>
    public static string Join(ArrayValue array, string glue)
    {
        var sb = new StringBuilder();
        var first = true;
        AppendJoined(sb, array, glue, ref first, 0);
        return sb.ToString();
    }

    private static void AppendJoined(StringBuilder sb, ArrayValue array, string glue, ref bool first, int depth)
    {
        if (depth > 100)
        {
            throw new LiquidException("recursive array join");
        }
        foreach (var item in array.Values)
        {
            if (item is ArrayValue inner)
            {
                AppendJoined(sb, inner, glue, ref first, depth + 1);
                continue;
            }
            if (!first)
            {
                sb.Append(glue);
            }
            first = false;
            sb.Append(ToS(item));
        }
    }

    /// <summary>An Integer's digits, or a Float as Ruby's <c>Float#to_s</c> writes it.</summary>
    public static string Number(decimal value) =>
        value.Scale == 0 ? value.ToString(CultureInfo.InvariantCulture) : Float(RubyNumber.ToDouble(value));

    /// <summary>Ruby's <c>Float#to_s</c>: shortest digits, fixed notation for exponents -4..14, else <c>1.0e+15</c>.</summary>
    public static string Float(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }
        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        if (value == 0)
        {
            return double.IsNegative(value) ? "-0.0" : "0.0";
        }
        var text = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        var exponent = 0;
        var e = text.IndexOf('E', StringComparison.Ordinal);
        if (e >= 0)
        {
            exponent = int.Parse(text[(e + 1)..], CultureInfo.InvariantCulture);
            text = text[..e];
        }
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var digits = dot >= 0 ? text[..dot] + text[(dot + 1)..] : text;
        var point = (dot >= 0 ? dot : text.Length) + exponent;
        var trimmed = digits.TrimStart('0');
        point -= digits.Length - trimmed.Length;
        digits = trimmed.TrimEnd('0');
        var sign = value < 0 ? "-" : "";
        // Ruby: fixed notation up to 15 integer digits (16 when a fraction follows), else exponent form.
        if (point > 0 && (point <= 15 || (point == 16 && digits.Length > 16)))
        {
            var whole = digits.Length >= point ? digits[..point] : digits + new string('0', point - digits.Length);
            var fraction = digits.Length > point ? digits[point..] : "0";
            return sign + whole + "." + fraction;
        }
        if (point <= 0 && point > -4)
        {
            return sign + "0." + new string('0', -point) + digits;
        }
        var mantissa = digits[..1] + "." + (digits.Length > 1 ? digits[1..] : "0");
        var exp = point - 1;
        return sign + mantissa + "e" + (exp < 0 ? "-" : "+") + Math.Abs(exp).ToString("00", CultureInfo.InvariantCulture);
    }

    /// <summary>Ruby's <c>inspect</c>: strings quoted and escaped, <c>nil</c>, arrays and hashes in Ruby ≤ 3.3 form.</summary>
    public static string Inspect(FluidValue value)
    {
        var sb = new StringBuilder();
        AppendInspect(sb, value, 0);
        return sb.ToString();
    }

    private static void AppendInspect(StringBuilder sb, FluidValue value, int depth)
    {
        if (depth > 100)
        {
            sb.Append("[...]");
            return;
        }
        switch (value)
        {
            case StringValue s:
                AppendQuoted(sb, s.ToStringValue());
                break;
            case ArrayValue array:
                sb.Append('[');
                for (var i = 0; i < array.Values.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(", ");
                    }
                    AppendInspect(sb, array.Values[i], depth + 1);
                }
                sb.Append(']');
                break;
            case DictionaryValue dictionary:
                sb.Append('{');
                var first = true;
                var indexable = (IFluidIndexable)dictionary.ToObjectValue();
                foreach (var key in indexable.Keys)
                {
                    if (!first)
                    {
                        sb.Append(", ");
                    }
                    first = false;
                    AppendQuoted(sb, key);
                    sb.Append("=>");
                    indexable.TryGetValue(key, out var item);
                    AppendInspect(sb, item ?? NilValue.Instance, depth + 1);
                }
                sb.Append('}');
                break;
            case EmptyValue or BlankValue:
                sb.Append("nil");
                break;
            case NumberValue or BooleanValue or RubyRangeValue:
                sb.Append(ToS(value));
                break;
            case Drops.RubyTimeValue:
                sb.Append(value.ToStringValue());
                break;
            default:
                sb.Append(value.IsNil() ? "nil" : value.ToStringValue());
                break;
        }
    }

    // Ruby: String#inspect — escapes quotes, backslashes, "#{", "#$", "#@" and control characters.
    private static void AppendQuoted(StringBuilder sb, string text)
    {
        sb.Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '"':
                    sb.Append("\\\"");
                    break;
                case '\\':
                    sb.Append("\\\\");
                    break;
                case '\n':
                    sb.Append("\\n");
                    break;
                case '\t':
                    sb.Append("\\t");
                    break;
                case '\r':
                    sb.Append("\\r");
                    break;
                case '\f':
                    sb.Append("\\f");
                    break;
                case '\v':
                    sb.Append("\\v");
                    break;
                case '\a':
                    sb.Append("\\a");
                    break;
                case '\b':
                    sb.Append("\\b");
                    break;
                case '\u001b':
                    sb.Append("\\e");
                    break;
                case '#' when i + 1 < text.Length && text[i + 1] is '{' or '$' or '@':
                    sb.Append("\\#");
                    break;
                case < ' ' or '\u007f':
                    sb.Append("\\x").Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }
        sb.Append('"');
    }
}
