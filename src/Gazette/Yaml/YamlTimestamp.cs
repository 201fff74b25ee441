using System.Globalization;
using System.Text.RegularExpressions;

namespace Gazette.Yaml;

/// <summary>
/// Parses YAML 1.1 timestamps. Jekyll: a timestamp without a zone is read as UTC (Psych's
/// <c>ScalarScanner#parse_time</c>) and later shown in the site's time zone.
/// </summary>
internal static partial class YamlTimestamp
{
    [GeneratedRegex(@"^(-?\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt]|\s+)(\d{1,2}):(\d\d):(\d\d)(?:\.(\d*))?\s*(Z|([-+])(\d{1,2}):?(\d\d)?)?$")]
    private static partial Regex Parts();

    public static bool TryParse(string text, out DateTimeOffset value)
    {
        value = default;
        var m = Parts().Match(text.Trim());
        if (!m.Success)
        {
            return false;
        }
        int N(int group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);
        try
        {
            var fraction = m.Groups[7].Success && m.Groups[7].Value.Length > 0
                ? double.Parse("0." + m.Groups[7].Value, CultureInfo.InvariantCulture)
                : 0;
            var offset = TimeSpan.Zero;
            if (m.Groups[9].Success)
            {
                var minutes = m.Groups[11].Success ? N(11) : 0;
                offset = new TimeSpan(N(10), minutes, 0);
                if (m.Groups[9].Value == "-")
                {
                    offset = -offset;
                }
            }
            var local = new DateTime(N(1), N(2), N(3), N(4), N(5), N(6), DateTimeKind.Unspecified)
                .AddTicks((long)Math.Round(fraction * TimeSpan.TicksPerSecond));
            value = new DateTimeOffset(local, offset);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }
}
