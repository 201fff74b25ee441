using Fluid;
using Fluid.Values;
using Gazette.Dates;
using Gazette.Liquid.Runtime;

namespace Gazette.Liquid.Filters;

/// <summary>
/// Liquid's <c>date</c> with Ruby's strftime, and Jekyll's date filters (lib/jekyll/filters/date_filters.rb).
/// Both read dates with Liquid 4's <c>Utils.to_date</c>.
/// </summary>
internal static class DateFilters
{
    public static FilterCollection WithDateFilters(this FilterCollection filters) => filters
        .Add("date", 1, 1, Date)
        .Add("date_to_xmlschema", 0, 0, (input, _, context) => Jekyll(input, context, "%Y-%m-%dT%H:%M:%S%:z"))
        .Add("date_to_rfc822", 0, 0, (input, _, context) => Jekyll(input, context, "%a, %d %b %Y %H:%M:%S %z"))
        .Add("date_to_string", 0, 2, (input, args, context) => StringStyle(input, args, context, "%b"))
        .Add("date_to_long_string", 0, 2, (input, args, context) => StringStyle(input, args, context, "%B"));

    // Liquid 4: date(input, format) — the input unchanged when the format is empty or the input is not a date.
    private static ValueTask<FluidValue> Date(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var format = RubyText.ToS(arguments.At(0));
        if (format.Length == 0 || !TryGetTime(input, context, out var time, out var zone))
        {
            return input;
        }
        return new StringValue(RubyStrftime.Format(time, format, zone));
    }

    // Jekyll: date_to_xmlschema / date_to_rfc822 — empty input as it is, else the time in the site's zone.
    private static ValueTask<FluidValue> Jekyll(FluidValue input, TemplateContext context, string format) =>
        RubyText.ToS(input).Length == 0 ? input : new StringValue(RubyStrftime.Format(LocalTime(input, context), format, Zone(context)));

    // Jekyll: stringify_date — "%d %b %Y", or with type "ordinal" "6th Jan 2026", and style "US" "Jan 6th, 2026".
    private static ValueTask<FluidValue> StringStyle(FluidValue input, FilterArguments arguments, TemplateContext context, string month)
    {
        if (RubyText.ToS(input).Length == 0)
        {
            return input;
        }
        var time = LocalTime(input, context);
        if (arguments.Count > 0 && arguments.At(0) is StringValue { } type && type.ToStringValue() == "ordinal")
        {
            var day = time.Day + Ordinal(time.Day);
            var format = arguments.Count > 1 && arguments.At(1) is StringValue { } style && style.ToStringValue() == "US"
                ? $"{month} {day}, %Y"
                : $"{day} {month} %Y";
            return new StringValue(RubyStrftime.Format(time, format, Zone(context)));
        }
        return new StringValue(RubyStrftime.Format(time, $"%d {month} %Y", Zone(context)));
    }

    private static string Ordinal(int day) => day is >= 11 and <= 13 ? "th" : (day % 10) switch
    {
        1 => "st",
        2 => "nd",
        3 => "rd",
        _ => "th",
    };

    // Jekyll: DateFilters#time — Utils.to_date, then `to_time.localtime`; anything else is an invalid date.
    private static DateTimeOffset LocalTime(FluidValue input, TemplateContext context)
    {
        if (!TryGetTime(input, context, out var time, out _))
        {
            throw new LiquidException($"Invalid Date: '{RubyText.Inspect(input)}' is not a valid datetime.");
        }
        // Ruby: Date#to_time is midnight in the local zone; a Time keeps its instant.
        return input is Drops.RubyTimeValue { IsDate: true }
            ? JekyllTime.FromLocal(time.DateTime, Zone(context))
            : JekyllTime.InZone(time, Zone(context));
    }

    private static TimeZoneInfo Zone(TemplateContext context) => RenderScope.From(context).Engine.Config.TimeZone;

    /// <summary>
    /// Liquid 4: <c>Utils.to_date</c> — a time as it is; "now"/"today"; an integer (or a string of digits) as a
    /// Unix time; any other non-empty string by Ruby's <c>Time.parse</c>. Floats and the rest are not dates.
    /// </summary>
    public static bool TryGetTime(FluidValue input, TemplateContext context, out DateTimeOffset time, out TimeZoneInfo? zone)
    {
        time = default;
        zone = Zone(context);
        switch (input)
        {
            case Drops.RubyTimeValue ruby:
                time = ruby.Value;
                return true;
            case DateTimeValue fluid:
                time = (DateTimeOffset)fluid.ToObjectValue();
                return true;
            case NumberValue when RubyNumber.IsInteger(input):
                return UnixTime(input.ToNumberValue(), context, out time);
            case StringValue:
                break;
            default:
                return false;
        }
        var text = input.ToStringValue();
        if (text.Length == 0)
        {
            return false;
        }
        var lower = text.ToLowerInvariant();
        if (lower is "now" or "today")
        {
            time = JekyllTime.InZone(context.Now(), Zone(context));
            return true;
        }
        if (lower.All(char.IsAsciiDigit))
        {
            return UnixTime(RubyNumber.ParseInteger(lower), context, out time);
        }
        // Ruby: Time.parse keeps a zone written in the text; %Z then prints "UTC" for UTC and nothing for an offset.
        if (!RubyTimeParse.TryParse(text, zone, JekyllTime.InZone(context.Now(), zone), out time, out var utc))
        {
            return false;
        }
        zone = utc ? TimeZoneInfo.Utc : time.Offset == zone.GetUtcOffset(time) ? zone : null;
        return true;
    }

    private static bool UnixTime(decimal seconds, TemplateContext context, out DateTimeOffset time)
    {
        time = default;
        if (seconds is < -62135596800m or > 253402300799m)
        {
            return false;
        }
        time = JekyllTime.InZone(DateTimeOffset.FromUnixTimeSeconds((long)seconds), Zone(context));
        return true;
    }
}
