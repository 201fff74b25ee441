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
