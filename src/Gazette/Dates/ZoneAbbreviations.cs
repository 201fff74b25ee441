namespace Gazette.Dates;

/// <summary>
/// The zone abbreviation Ruby's <c>%Z</c> prints (from the system's tz database: EST, CET, BST…). .NET does not
/// expose abbreviations, so the common zones are listed here; other zones print tzdata's numeric form (<c>+04</c>).
/// </summary>
internal static class ZoneAbbreviations
{
    private static readonly Dictionary<TimeSpan, (string Standard, string Daylight)> ByStandardOffset = new()
    {
        [TimeSpan.FromHours(-10)] = ("HST", "HDT"),
        [TimeSpan.FromHours(-9)] = ("AKST", "AKDT"),
        [TimeSpan.FromHours(-8)] = ("PST", "PDT"),
        [TimeSpan.FromHours(-7)] = ("MST", "MDT"),
        [TimeSpan.FromHours(-6)] = ("CST", "CDT"),
        [TimeSpan.FromHours(-5)] = ("EST", "EDT"),
        [TimeSpan.FromHours(-4)] = ("AST", "ADT"),
        [TimeSpan.FromHours(1)] = ("CET", "CEST"),
        [TimeSpan.FromHours(2)] = ("EET", "EEST"),
        [TimeSpan.FromHours(5.5)] = ("IST", "IST"),
        [TimeSpan.FromHours(8)] = ("CST", "CST"),
        [TimeSpan.FromHours(9)] = ("JST", "JST"),
        [TimeSpan.FromHours(10)] = ("AEST", "AEDT"),
    };

    /// <summary>The abbreviation for a time shown in <paramref name="zone"/> (the site's zone when known).</summary>
    public static string For(DateTimeOffset time, TimeZoneInfo? zone = null)
    {
        if (zone is null || zone.Id is "UTC" or "Etc/UTC" or "Etc/UCT")
        {
            return time.Offset == TimeSpan.Zero ? "UTC" : Numeric(time.Offset);
        }
        var daylight = zone.IsDaylightSavingTime(time);
        if (zone.Id is "Europe/London" or "Europe/Belfast" or "Europe/Guernsey" or "Europe/Isle_of_Man" or "Europe/Jersey")
        {
            return daylight ? "BST" : "GMT";
        }
        if (zone.Id is "Europe/Dublin")
        {
            return daylight ? "IST" : "GMT";
        }
        if (zone.Id.StartsWith("Europe/", StringComparison.Ordinal) && zone.BaseUtcOffset == TimeSpan.FromHours(3))
        {
            return "MSK";
        }
        var standard = zone.BaseUtcOffset;
        return ByStandardOffset.TryGetValue(standard, out var names) && (zone.Id.StartsWith("America/", StringComparison.Ordinal)
                || zone.Id.StartsWith("US/", StringComparison.Ordinal) || zone.Id.StartsWith("Europe/", StringComparison.Ordinal)
                || zone.Id.StartsWith("Asia/", StringComparison.Ordinal) || zone.Id.StartsWith("Australia/", StringComparison.Ordinal)
                || zone.Id.StartsWith("Pacific/Honolulu", StringComparison.Ordinal))
            ? daylight ? names.Daylight : names.Standard
            : Numeric(time.Offset);
    }

    private static string Numeric(TimeSpan offset)
    {
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var abs = offset.Duration();
        return abs.Minutes == 0 ? $"{sign}{abs.Hours:D2}" : $"{sign}{abs.Hours:D2}{abs.Minutes:D2}";
    }
}
