namespace Gazette.Configuration;

/// <summary>
/// Jekyll: <c>timezone:</c> sets the process's TZ (lib/jekyll/utils/platforms.rb, site.rb); without it
/// Jekyll uses the machine's local zone, and so does Gazette.
/// </summary>
internal static class TimeZoneResolver
{
    public static TimeZoneInfo Resolve(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return TimeZoneInfo.Local;
        }
        // The system lookup reads one zone file; TimeZoneConverter (Windows names, aliases) first loads every zone,
        // which costs a third of a second at start-up, so it is only the fallback.
        if (TimeZoneInfo.TryFindSystemTimeZoneById(name.Trim(), out var zone))
        {
            return zone;
        }
        try
        {
            return TimeZoneConverter.TZConvert.GetTimeZoneInfo(name.Trim());
        }
        catch (TimeZoneNotFoundException)
        {
            throw new Diagnostics.BuildException(new Diagnostics.Diagnostic("_config.yml", 0, 0,
                $"unknown timezone '{name}'", "use an IANA time zone name such as Europe/London or America/New_York"));
        }
    }
}
