using System.Globalization;

namespace Gazette.Yaml;

/// <summary>
/// A date without a time, as YAML's <c>2026-01-06</c> loads in Ruby (a <c>Date</c>, printed as <c>2026-01-06</c>).
/// </summary>
internal readonly record struct YamlDate(DateOnly Value)
{
    public static bool TryParse(string text, out YamlDate date)
    {
        var parts = text.Split('-');
        if (parts.Length == 3
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m))
        {
            date = new YamlDate(new DateOnly(y, m, d));
            return true;
        }
        date = default;
        return false;
    }

    public override string ToString() => Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
