using Fluid;
using Fluid.Values;
using Gazette.Dates;

namespace Gazette.Liquid.Filters;

/// <summary>
/// Jekyll's date filters (lib/jekyll/filters/date_filters.rb) and Liquid's <c>date</c> with Ruby's strftime.
/// </summary>
internal static class DateFilters
{
    public static FilterCollection WithDateFilters(this FilterCollection filters)
    {
        filters.AddFilter("date", Date);
        filters.AddFilter("date_to_xmlschema", (input, _, context) => Format(input, context, "%Y-%m-%dT%H:%M:%S%:z"));
        filters.AddFilter("date_to_rfc822", (input, _, context) => Format(input, context, "%a, %d %b %Y %H:%M:%S %z"));
        filters.AddFilter("date_to_string", (input, args, context) => StringStyle(input, args, context, "%b"));
        filters.AddFilter("date_to_long_string", (input, args, context) => StringStyle(input, args, context, "%B"));
        return filters;
    }

    // Liquid: `date` returns the input unchanged when it is not a date or the format is empty.
    private static ValueTask<FluidValue> Date(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var format = arguments.At(0);
        if (format.IsNil() || format.ToStringValue().Length == 0)
        {
            return input;
        }
        return TryGetTime(input, context, out var time)
            ? new StringValue(RubyStrftime.Format(time, format.ToStringValue(), RenderScope.From(context).Engine.Config.TimeZone))
            : input;
    }

    private static ValueTask<FluidValue> Format(FluidValue input, TemplateContext context, string format)
    {
        if (input.IsNil() || (input.Type == FluidValues.String && input.ToStringValue().Length == 0))
        {
            return input;
        }
        return TryGetTime(input, context, out var time) ? new StringValue(RubyStrftime.Format(time, format)) : input;
    }

    // Jekyll: stringify_date — "%d %b %Y", or with type "ordinal" "6th Jan 2026", and style "US" "Jan 6th, 2026".
    private static ValueTask<FluidValue> StringStyle(FluidValue input, FilterArguments arguments, TemplateContext context, string month)
    {
        if (input.IsNil() || (input.Type == FluidValues.String && input.ToStringValue().Length == 0))
        {
            return input;
        }
        if (!TryGetTime(input, context, out var time))
        {
            return input;
        }
        if (arguments.At(0).ToStringValue() == "ordinal")
        {
            var day = time.Day + Ordinal(time.Day);
            var text = arguments.At(1).ToStringValue() == "US"
                ? RubyStrftime.Format(time, $"{month} ") + day + RubyStrftime.Format(time, ", %Y")
                : day + RubyStrftime.Format(time, $" {month} %Y");
            return new StringValue(text);
        }
        return new StringValue(RubyStrftime.Format(time, $"%d {month} %Y"));
    }

    private static string Ordinal(int day) => (day % 100) is 11 or 12 or 13 ? "th" : (day % 10) switch
    {
        1 => "st",
        2 => "nd",
        3 => "rd",
        _ => "th",
    };

    /// <summary>Reads a time from a Liquid value: a time, "now"/"today", a Unix time, or a date string.</summary>
    public static bool TryGetTime(FluidValue input, TemplateContext context, out DateTimeOffset time)
    {
        time = default;
        if (input is Drops.RubyTimeValue ruby)
        {
            time = ruby.Value;
            return true;
        }
        var zone = RenderScope.From(context).Engine.Config.TimeZone;
        if (input.Type == FluidValues.Number)
        {
            time = JekyllTime.InZone(DateTimeOffset.FromUnixTimeMilliseconds((long)(input.ToNumberValue() * 1000)), zone);
            return true;
        }
        var text = input.ToStringValue();
        if (text is "now" or "today")
        {
            time = JekyllTime.InZone(context.Now(), zone);
            return true;
        }
        var parsed = JekyllTime.Parse(text, zone);
        time = parsed ?? default;
        return parsed is not null;
    }
}
