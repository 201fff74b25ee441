using System.Globalization;
using Gazette.Yaml;

namespace Gazette.Dates;

/// <summary>
/// Turns the date values Jekyll meets into instants shown in the site's time zone.
/// Jekyll: <c>Utils.parse_date</c> is <c>Time.parse(input).localtime</c> with TZ set to the site's <c>timezone</c>.
/// </summary>
internal static class JekyllTime
{
    /// <summary>Shows an instant in the site's time zone.</summary>
    public static DateTimeOffset InZone(DateTimeOffset instant, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(instant, zone);

    /// <summary>A wall-clock time in the site's zone (a date in a file name, a time written without an offset in text).</summary>
    public static DateTimeOffset FromLocal(DateTime local, TimeZoneInfo zone)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(unspecified))
        {
            unspecified = unspecified.AddHours(1);
        }
        return new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified));
    }

    /// <summary>Converts a front matter or file name date value; null when it is not a date.</summary>
    public static DateTimeOffset? From(object? value, TimeZoneInfo zone) => value switch
    {
        DateTimeOffset time => InZone(time, zone),
        YamlDate date => FromLocal(date.Value.ToDateTime(TimeOnly.MinValue), zone),
        string text => Parse(text, zone),
        _ => null,
    };

    /// <summary>Ruby's <c>Time.parse</c> for the forms that occur in front matter and file names.</summary>
    public static DateTimeOffset? Parse(string text, TimeZoneInfo zone)
    {
        text = text.Trim();
        if (YamlTimestamp.TryParse(text, out var stamp))
        {
            // A time written as text with no zone is local wall time (Time.parse), unlike YAML timestamps.
            return HasZone(text) ? InZone(stamp, zone) : FromLocal(stamp.DateTime, zone);
        }
        if (YamlDate.TryParse(text, out var date))
        {
            return FromLocal(date.Value.ToDateTime(TimeOnly.MinValue), zone);
        }
        var styles = DateTimeStyles.AllowWhiteSpaces;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, styles, out var parsed))
        {
            return HasZone(text) ? InZone(parsed, zone) : FromLocal(parsed.DateTime, zone);
        }
        return null;
    }

    private static bool HasZone(string text)
    {
        var timePart = text.Length > 10 ? text[10..] : "";
        return timePart.Contains('Z', StringComparison.Ordinal) || timePart.Contains('+', StringComparison.Ordinal)
            || timePart.LastIndexOf('-') > 0 || timePart.Contains("UTC", StringComparison.Ordinal) || timePart.Contains("GMT", StringComparison.Ordinal);
    }

    /// <summary>Ruby's <c>Time#to_s</c>: <c>2026-01-06 02:44:22 +0000</c>.</summary>
    public static string ToRubyString(DateTimeOffset time) => RubyStrftime.Format(time, "%Y-%m-%d %H:%M:%S %z");
}
