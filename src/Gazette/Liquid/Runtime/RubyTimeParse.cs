using System.Globalization;
using System.Text.RegularExpressions;
using Gazette.Dates;

namespace Gazette.Liquid.Runtime;

/// <summary>
/// Ruby's <c>Time.parse</c> (Date._parse's heuristics) for the shapes dates take in templates: ISO dates and
/// times, <c>2004/07/16</c>, <c>16/07/2004</c> (day first), <c>March 14, 2016</c>, <c>14 Mar 2016 10:00 PM</c>,
/// <c>Fri Jul 16 01:00:00 2004</c>, RFC 2822, with an optional zone (<c>Z</c>, <c>UTC</c>, <c>-0400</c>,
/// <c>EST</c>). Without a zone the time is wall time in the site's zone; a missing year is this year.
/// </summary>
internal static partial class RubyTimeParse
{
    [GeneratedRegex("(?<![0-9])([0-9]{1,2}):([0-9]{2})(?::([0-9]{2})(?:[.,]([0-9]+))?)?(?:[ \\t]*([ap])\\.?m\\.?\\b)?|(?<![0-9:])([0-9]{1,2})[ \\t]*([ap])\\.?m\\.?\\b", RegexOptions.IgnoreCase)]
    private static partial Regex TimeOfDay();

    [GeneratedRegex("(?:(?<=[0-9 ])(Z)|\\b(UTC|GMT|UT)|([+-])([0-9]{2}):?([0-9]{2})?|\\b(EST|EDT|CST|CDT|MST|MDT|PST|PDT))\\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Zone();

    [GeneratedRegex("(?<![0-9])([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?![0-9])")]
    private static partial Regex IsoDate();

    [GeneratedRegex("(?<![0-9])([0-9]{1,4})/([0-9]{1,2})/([0-9]{1,4})(?![0-9])")]
    private static partial Regex SlashDate();

    [GeneratedRegex("\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?", RegexOptions.IgnoreCase)]
    private static partial Regex MonthName();

    [GeneratedRegex("(?<![0-9:+-])([0-9]{1,2})(?:st|nd|rd|th)?(?![0-9:])", RegexOptions.IgnoreCase)]
    private static partial Regex Day();

    [GeneratedRegex("(?<![0-9:+-])([0-9]{4})(?![0-9:])")]
    private static partial Regex Year();

    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>The parsed time, and whether the text named UTC (Ruby then prints "UTC" for <c>%Z</c>).</summary>
    public static bool TryParse(string text, TimeZoneInfo localZone, DateTimeOffset now, out DateTimeOffset time, out bool utc)
    {
        time = default;
        utc = false;
        var rest = text.Trim();
        TimeSpan? offset = null;
        var zone = Zone().Match(rest);
        if (zone.Success && (TimeOfDay().IsMatch(rest[..zone.Index]) || (!zone.Groups[3].Success && IsoDate().IsMatch(rest))))
        {
            offset = ZoneOffset(zone, out utc);
            rest = rest[..zone.Index];
        }
        int hour = 0, minute = 0, second = 0;
        var fraction = 0.0;
        var clock = TimeOfDay().Match(rest);
        if (clock.Success)
        {
            if (clock.Groups[1].Success)
            {
                hour = int.Parse(clock.Groups[1].Value, CultureInfo.InvariantCulture);
                minute = int.Parse(clock.Groups[2].Value, CultureInfo.InvariantCulture);
                second = clock.Groups[3].Success ? int.Parse(clock.Groups[3].Value, CultureInfo.InvariantCulture) : 0;
                fraction = clock.Groups[4].Success ? double.Parse("0." + clock.Groups[4].Value, CultureInfo.InvariantCulture) : 0;
                hour = Meridian(hour, clock.Groups[5]);
            }
            else
            {
                hour = Meridian(int.Parse(clock.Groups[6].Value, CultureInfo.InvariantCulture), clock.Groups[7]);
            }
            rest = rest.Remove(clock.Index, clock.Length).Insert(clock.Index, " ");
        }
        if (!TryDate(rest, now, out var year, out var month, out var day, out var hasDate) || (!hasDate && !clock.Success))
        {
            return false;
        }
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 24 || minute > 59 || second > 60)
        {
            return false;
        }
        var wall = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified)
            .AddHours(hour).AddMinutes(minute).AddSeconds(Math.Min(second, 59)).AddTicks((long)(fraction * TimeSpan.TicksPerSecond));
        time = offset is { } o ? new DateTimeOffset(wall, o) : JekyllTime.FromLocal(wall, localZone);
        return true;
    }

    private static int Meridian(int hour, Group meridian)
    {
        if (!meridian.Success)
        {
            return hour;
        }
        var pm = meridian.Value.Equals("p", StringComparison.OrdinalIgnoreCase);
        return hour % 12 + (pm ? 12 : 0);
    }

    private static TimeSpan ZoneOffset(Match zone, out bool utc)
    {
        utc = zone.Groups[1].Success || zone.Groups[2].Success;
        if (utc)
        {
            return TimeSpan.Zero;
        }
        if (zone.Groups[6].Success)
        {
            return TimeSpan.FromHours(zone.Groups[6].Value.ToUpperInvariant() switch
            {
                "EST" => -5,
                "EDT" => -4,
                "CST" => -6,
                "CDT" => -5,
                "MST" => -7,
                "MDT" => -6,
                "PST" => -8,
                _ => -7,
            });
        }
        var sign = zone.Groups[3].Value == "-" ? -1 : 1;
        var hours = int.Parse(zone.Groups[4].Value, CultureInfo.InvariantCulture);
        var minutes = zone.Groups[5].Success ? int.Parse(zone.Groups[5].Value, CultureInfo.InvariantCulture) : 0;
        return sign * new TimeSpan(hours, minutes, 0);
    }

    private static bool TryDate(string text, DateTimeOffset now, out int year, out int month, out int day, out bool hasDate)
    {
        year = now.Year;
        month = now.Month;
        day = now.Day;
        hasDate = true;
        if (IsoDate().Match(text) is { Success: true } iso)
        {
            (year, month, day) = (Int(iso.Groups[1]), Int(iso.Groups[2]), Int(iso.Groups[3]));
            return true;
        }
        if (SlashDate().Match(text) is { Success: true } slash)
        {
            // Ruby: 2004/07/16 is year first; otherwise the day comes first (16/07/2004).
            (year, month, day) = slash.Groups[1].Length == 4
                ? (Int(slash.Groups[1]), Int(slash.Groups[2]), Int(slash.Groups[3]))
                : (Int(slash.Groups[3]), Int(slash.Groups[2]), Int(slash.Groups[1]));
            return true;
        }
        if (MonthName().Match(text) is { Success: true } name)
        {
            month = Array.IndexOf(Months, name.Groups[1].Value.ToLowerInvariant()) + 1;
            var remaining = text.Remove(name.Index, name.Length).Insert(name.Index, " ");
            if (Year().Match(remaining) is { Success: true } y)
            {
                year = Int(y.Groups[1]);
                remaining = remaining.Remove(y.Index, y.Length).Insert(y.Index, " ");
            }
            day = Day().Match(remaining) is { Success: true } d ? Int(d.Groups[1]) : 1;
            return true;
        }
        hasDate = false;
        return !text.Any(char.IsAsciiLetterOrDigit);
    }

    private static int Int(Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);
}
