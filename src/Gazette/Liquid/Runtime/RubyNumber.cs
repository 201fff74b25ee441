using System.Globalization;
using Fluid.Values;

namespace Gazette.Liquid.Runtime;

/// <summary>
/// Ruby's two number kinds on Fluid's decimal <see cref="NumberValue"/>: a value with scale 0 is an Integer,
/// a value with a scale is a Float (<c>1.0</c>). Conversions follow Ruby's <c>to_i</c>, <c>to_f</c>,
/// <c>Integer()</c> and Liquid 4's <c>Utils.to_number</c>.
/// </summary>
internal static class RubyNumber
{
    public static bool IsFloat(decimal value) => value.Scale > 0;

    public static bool IsFloat(FluidValue value) => value is NumberValue && value.ToNumberValue().Scale > 0;

    public static bool IsInteger(FluidValue value) => value is NumberValue && value.ToNumberValue().Scale == 0;

    public static NumberValue Integer(decimal value) => NumberValue.Create(decimal.Truncate(value));

    /// <summary>A Ruby Float: the decimal of its shortest printed form, with at least one decimal place.</summary>
    public static NumberValue Float(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value) || Math.Abs(value) > 7.9e27)
        {
            throw new LiquidException("FloatDomainError: " + RubyText.Float(value));
        }
        var d = decimal.Parse(value.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
        return NumberValue.Create(AsFloat(d));
    }

    /// <summary>A decimal result that Ruby would hold as a Float (BigDecimal#to_f), rounded to double precision.</summary>
    public static NumberValue FloatOf(decimal value) => Float(ToDouble(value));

    /// <summary>The nearest double (through text: .NET's decimal-to-double cast can be one unit off).</summary>
    public static double ToDouble(decimal value) =>
        double.Parse(value.ToString(CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>The same number with a scale of at least one, so that it counts (and prints) as a Float.</summary>
    public static decimal AsFloat(decimal value) => value.Scale > 0 ? value : value * 1.0m;

    /// <summary>Ruby's <c>String#to_i</c>: leading whitespace, a sign, digits (single underscores allowed); 0 otherwise.</summary>
    public static decimal ParseInteger(string text)
    {
        var i = SkipSpace(text, 0);
        var start = i;
        if (i < text.Length && text[i] is '+' or '-')
        {
            i++;
        }
        var digitsStart = i;
        i = Digits(text, i);
        if (i == digitsStart)
        {
            return 0;
        }
        var digits = text[start..i].Replace("_", "", StringComparison.Ordinal);
        return decimal.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : 0;
    }

    /// <summary>Ruby's <c>String#to_f</c>: the longest leading float; 0.0 when there is none.</summary>
    public static double ParseFloat(string text)
    {
        var i = SkipSpace(text, 0);
        var start = i;
        if (i < text.Length && text[i] is '+' or '-')
        {
            i++;
        }
        var intStart = i;
        i = Digits(text, i);
        if (i == intStart)
        {
            return 0;
        }
        if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
        {
            i = Digits(text, i + 1);
        }
        if (i + 1 < text.Length && text[i] is 'e' or 'E')
        {
            var e = i + 1;
            if (e < text.Length && text[e] is '+' or '-')
            {
                e++;
            }
            var expEnd = Digits(text, e);
            if (expEnd > e)
            {
                i = expEnd;
            }
        }
        return double.Parse(text[start..i].Replace("_", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    /// <summary>Ruby's <c>to_i</c> on a Liquid value; values without <c>to_i</c> (booleans, arrays, hashes) raise.</summary>
    public static decimal ToI(FluidValue value) => value switch
    {
        _ when value.IsNil() => 0,
        NumberValue n => decimal.Truncate(n.ToNumberValue()),
        StringValue s => ParseInteger(s.ToStringValue()),
        Drops.RubyTimeValue t => t.Value.ToUnixTimeSeconds(),
        _ => throw new LiquidException($"undefined method `to_i' for {RubyText.Inspect(value)}"),
    };

    /// <summary>Liquid 4: <c>Utils.to_integer</c> — an Integer, or a string Ruby's <c>Integer()</c> accepts.</summary>
    public static decimal ToInteger(FluidValue value)
    {
        if (IsInteger(value))
        {
            return value.ToNumberValue();
        }
        var text = RubyText.ToS(value).Trim(' ', '\t', '\n', '\v', '\f', '\r');
        var sign = text.StartsWith('-') ? -1 : 1;
        var body = text.TrimStart('+', '-');
        if (body.Length > 0 && text.Length - body.Length <= 1 && char.IsAsciiDigit(body[0]) && !body.EndsWith('_')
            && !body.Contains("__", StringComparison.Ordinal) && body.All(c => char.IsAsciiDigit(c) || c == '_'))
        {
            return sign * decimal.Parse(body.Replace("_", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
        }
        throw new LiquidException("invalid integer");
    }

    /// <summary>
    /// Liquid 4: <c>Utils.to_number</c> — numbers as they are, a "1.5"-shaped string as a decimal (Float),
    /// other strings by <c>to_i</c>, anything else 0.
    /// </summary>
    public static decimal ToNumber(FluidValue value)
    {
        switch (value)
        {
            case NumberValue n:
                return n.ToNumberValue();
            case StringValue s:
                var text = s.ToStringValue().Trim(' ', '\t', '\n', '\v', '\f', '\r', '\0');
                return IsDecimalText(text)
                    ? AsFloat(decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture))
                    : ParseInteger(s.ToStringValue());
            default:
                return 0;
        }
    }

    // Liquid 4: /\A-?\d+\.\d+\z/
    private static bool IsDecimalText(string text)
    {
        var i = text.StartsWith('-') ? 1 : 0;
        var intStart = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }
        if (i == intStart || i >= text.Length || text[i] != '.')
        {
            return false;
        }
        var fracStart = ++i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }
        return i > fracStart && i == text.Length;
    }

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\t' or '\n' or '\v' or '\f' or '\r')
        {
            i++;
        }
        return i;
    }

    private static int Digits(string text, int i)
    {
        while (i < text.Length && (char.IsAsciiDigit(text[i]) || (text[i] == '_' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]) && i > 0 && char.IsAsciiDigit(text[i - 1]))))
        {
            i++;
        }
        return i;
    }
}
