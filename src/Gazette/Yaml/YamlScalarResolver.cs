using System.Globalization;
using System.Text.RegularExpressions;

namespace Gazette.Yaml;

/// <summary>
/// Resolves plain YAML scalars to values the way Ruby's Psych (YAML 1.1) does for Jekyll:
/// <c>yes/no/on/off</c> are booleans, <c>~</c> and empty are nil, dates and times are recognised.
/// </summary>
internal static partial class YamlScalarResolver
{
    // Jekyll: Psych's ScalarScanner INTEGER and FLOAT patterns (psych/scalar_scanner.rb).
    [GeneratedRegex(@"^(?:[-+]?0b[0-1_,]+|[-+]?0[0-7_,]+|[-+]?(?:0|[1-9](?:[0-9]|,[0-9]|_[0-9])*)|[-+]?0x[0-9a-fA-F_,]+)$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^(?:[-+]?([0-9][0-9_,]*)?\.[0-9]*([eE][-+][0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$")]
    private static partial Regex FloatPattern();

    [GeneratedRegex(@"^\d{4}-\d{1,2}-\d{1,2}$")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^-?\d{4}-\d{1,2}-\d{1,2}(?:[Tt]|\s+)\d{1,2}:\d\d:\d\d(?:\.\d*)?(?:\s*(?:Z|[-+]\d{1,2}:?(?:\d\d)?))?$")]
    private static partial Regex TimePattern();

    /// <summary>Returns the value of a plain (unquoted, untagged) scalar.</summary>
    public static object? Resolve(string text)
    {
        if (text.Length == 0 || text == "~")
        {
            return null;
        }
        var first = text[0];
        if (char.IsLetter(first))
        {
            return ResolveWord(text);
        }
        if (!(char.IsDigit(first) || first is '-' or '+' or '.'))
        {
            return text;
        }
        if (IntegerPattern().IsMatch(text))
        {
            return ParseInteger(text) ?? (object)text;
        }
        if (FloatPattern().IsMatch(text))
        {
            return ParseFloat(text);
        }
        if (DatePattern().IsMatch(text) && YamlDate.TryParse(text, out var date))
        {
            return date;
        }
        if (TimePattern().IsMatch(text) && YamlTimestamp.TryParse(text, out var time))
        {
            return time;
        }
        return text;
    }

    private static object? ResolveWord(string text)
    {
        switch (text.ToLowerInvariant())
        {
            case "null":
                return text is "null" or "Null" or "NULL" ? null : text;
            case "yes" or "true" or "on":
                return true;
            case "no" or "false" or "off":
                return false;
            default:
                return text;
        }
    }

    private static long? ParseInteger(string text)
    {
        var clean = text.Replace("_", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
        var negative = clean.StartsWith('-');
        if (clean[0] is '-' or '+')
        {
            clean = clean[1..];
        }
        long value;
        try
        {
            if (clean.StartsWith("0b", StringComparison.Ordinal))
            {
                value = System.Convert.ToInt64(clean[2..], 2);
            }
            else if (clean.StartsWith("0x", StringComparison.Ordinal))
            {
                value = System.Convert.ToInt64(clean[2..], 16);
            }
            else if (clean.Length > 1 && clean[0] == '0')
            {
                value = System.Convert.ToInt64(clean[1..], 8);
            }
            else if (!long.TryParse(clean, NumberStyles.None, CultureInfo.InvariantCulture, out value))
            {
                return null;
            }
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            return null;
        }
        return negative ? -value : value;
    }

    private static double ParseFloat(string text)
    {
        var clean = text.Replace("_", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
        var lower = clean.ToLowerInvariant();
        if (lower.EndsWith(".inf", StringComparison.Ordinal))
        {
            return lower.StartsWith('-') ? double.NegativeInfinity : double.PositiveInfinity;
        }
        if (lower == ".nan")
        {
            return double.NaN;
        }
        return double.Parse(clean, NumberStyles.Float, CultureInfo.InvariantCulture);
    }
}
