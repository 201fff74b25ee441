using System.Globalization;
using System.Text;

namespace Gazette.Dates;

/// <summary>
/// Ruby's <c>Time#strftime</c>, which Jekyll uses for permalinks and Liquid's <c>date</c> filter:
/// conversions <c>%Y %m %d %H %M %S %j %b %B %a %A %e %-d %s %N %z</c> and the rest, with the
/// <c>-</c> (no padding), <c>_</c> (space padding), <c>0</c>, <c>^</c> (upper case) and <c>#</c> (swap case) flags.
/// </summary>
internal static class RubyStrftime
{
    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;
    private static readonly string[] DayNames = CultureInfo.InvariantCulture.DateTimeFormat.DayNames;

    /// <param name="time">The time, already in the zone it is shown in.</param>
    /// <param name="format">The strftime format.</param>
    /// <param name="zone">The zone the time is shown in, for <c>%Z</c>'s abbreviation; null when unknown.</param>
    public static string Format(DateTimeOffset time, string format, TimeZoneInfo? zone = null)
    {
        var sb = new StringBuilder(format.Length + 16);
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if (c != '%' || i + 1 >= format.Length)
            {
                sb.Append(c);
                continue;
            }
            var start = i;
            i++;
            char? flag = null;
            while (i < format.Length && format[i] is '-' or '_' or '0' or '^' or '#')
            {
                flag = format[i];
                i++;
            }
            var width = 0;
            while (i < format.Length && char.IsAsciiDigit(format[i]))
            {
                width = (width * 10) + (format[i] - '0');
                i++;
            }
            var colon = false;
            if (i < format.Length && format[i] == ':')
            {
                colon = true;
                i++;
            }
            if (i >= format.Length)
            {
                sb.Append(format, start, format.Length - start);
                break;
            }
            var text = Convert(time, format[i], flag, width, colon, zone);
            if (text is null)
            {
                sb.Append(format, start, i - start + 1);
            }
            else
            {
                sb.Append(text);
            }
        }
        return sb.ToString();
    }

    private static string? Convert(DateTimeOffset t, char conversion, char? flag, int width, bool colon, TimeZoneInfo? zone) => conversion switch
    {
        'Y' => Number(t.Year, flag, width, 1, '0'),
        'C' => Number(t.Year / 100, flag, width, 2, '0'),
        'y' => Number(t.Year % 100, flag, width, 2, '0'),
        'm' => Number(t.Month, flag, width, 2, '0'),
        'd' => Number(t.Day, flag, width, 2, '0'),
        'e' => Number(t.Day, flag, width, 2, ' '),
        'j' => Number(t.DayOfYear, flag, width, 3, '0'),
        'H' => Number(t.Hour, flag, width, 2, '0'),
        'k' => Number(t.Hour, flag, width, 2, ' '),
        'I' => Number(Hour12(t), flag, width, 2, '0'),
        'l' => Number(Hour12(t), flag, width, 2, ' '),
        'M' => Number(t.Minute, flag, width, 2, '0'),
        'S' => Number(t.Second, flag, width, 2, '0'),
        'L' => Fraction(t, width == 0 ? 3 : width),
        'N' => Fraction(t, width == 0 ? 9 : width),
        'u' => Number(t.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)t.DayOfWeek, flag, width, 1, '0'),
        'w' => Number((int)t.DayOfWeek, flag, width, 1, '0'),
        'G' => Number(ISOWeek.GetYear(t.DateTime), flag, width, 1, '0'),
        'g' => Number(ISOWeek.GetYear(t.DateTime) % 100, flag, width, 2, '0'),
        'V' => Number(ISOWeek.GetWeekOfYear(t.DateTime), flag, width, 2, '0'),
        'U' => Number((t.DayOfYear + 6 - (int)t.DayOfWeek) / 7, flag, width, 2, '0'),
        'W' => Number((t.DayOfYear + 6 - (((int)t.DayOfWeek + 6) % 7)) / 7, flag, width, 2, '0'),
        's' => t.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
        'B' => Text(MonthNames[t.Month - 1], flag, width),
        'b' or 'h' => Text(MonthNames[t.Month - 1][..3], flag, width),
        'A' => Text(DayNames[(int)t.DayOfWeek], flag, width),
        'a' => Text(DayNames[(int)t.DayOfWeek][..3], flag, width),
        'p' => Text(t.Hour < 12 ? "AM" : "PM", flag == '#' ? '-' : flag, width, lower: flag == '#'),
        'P' => Text(t.Hour < 12 ? "am" : "pm", flag, width),
        'z' => Offset(t.Offset, colon),
        'Z' => Text(ZoneAbbreviations.For(t, zone), flag, width),
        'F' => Format(t, "%Y-%m-%d"),
        'T' or 'X' => Format(t, "%H:%M:%S"),
        'D' or 'x' => Format(t, "%m/%d/%y"),
        'R' => Format(t, "%H:%M"),
        'r' => Format(t, "%I:%M:%S %p"),
        'c' => Format(t, "%a %b %e %H:%M:%S %Y"),
        'v' => Format(t, "%e-%^b-%Y"),
        '+' => Format(t, "%a %b %e %H:%M:%S %Z %Y", zone),
        'n' => "\n",
        't' => "\t",
        '%' => "%",
        _ => null,
    };

    private static int Hour12(DateTimeOffset t) => t.Hour % 12 == 0 ? 12 : t.Hour % 12;

    private static string Number(int value, char? flag, int width, int defaultWidth, char defaultPad)
    {
        var digits = Math.Abs(value).ToString(CultureInfo.InvariantCulture);
        var sign = value < 0 ? "-" : "";
        if (flag == '-')
        {
            return sign + digits;
        }
        var pad = flag switch { '_' => ' ', '0' => '0', _ => defaultPad };
        var total = width > 0 ? width : defaultWidth;
        return sign + digits.PadLeft(total - sign.Length, pad);
    }

    private static string Text(string value, char? flag, int width, bool lower = false)
    {
        var text = flag switch
        {
            '^' => value.ToUpperInvariant(),
            '#' => SwapCase(value),
            _ => lower ? value.ToLowerInvariant() : value,
        };
        return width > text.Length ? text.PadLeft(width, flag == '0' ? '0' : ' ') : text;
    }

    private static string SwapCase(string value)
    {
        var chars = value.ToCharArray();
        var allUpper = value.All(ch => !char.IsLetter(ch) || char.IsUpper(ch));
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = allUpper ? char.ToLowerInvariant(chars[i]) : char.ToUpperInvariant(chars[i]);
        }
        return new string(chars);
    }

    private static string Fraction(DateTimeOffset t, int digits)
    {
        var nanos = (t.Ticks % TimeSpan.TicksPerSecond * 100).ToString("D9", CultureInfo.InvariantCulture);
        return digits <= 9 ? nanos[..digits] : nanos.PadRight(digits, '0');
    }

    private static string Offset(TimeSpan offset, bool colon)
    {
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var abs = offset.Duration();
        return colon ? $"{sign}{abs.Hours:D2}:{abs.Minutes:D2}" : $"{sign}{abs.Hours:D2}{abs.Minutes:D2}";
    }

}
