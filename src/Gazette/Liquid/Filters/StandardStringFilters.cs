using System.Text;
using System.Text.RegularExpressions;
using Fluid;
using Fluid.Values;
using Gazette.Liquid.Runtime;

namespace Gazette.Liquid.Filters;

/// <summary>Liquid 4.0.4's string filters (lib/liquid/standardfilters.rb), with Ruby's string semantics.</summary>
internal static partial class StandardStringFilters
{
    [GeneratedRegex("[\"><']|&(?!([a-zA-Z]+|(#[0-9]+));)")]
    private static partial Regex EscapeOnce();

    [GeneratedRegex("<script.*?</script>|<!--.*?-->|<style.*?</style>", RegexOptions.Singleline)]
    private static partial Regex HtmlBlocks();

    [GeneratedRegex("<.*?>", RegexOptions.Singleline)]
    private static partial Regex HtmlTags();

    public static FilterCollection WithStandardStringFilters(this FilterCollection filters) => filters
        .Add("size", 0, 0, (input, _, _) => Size(input))
        .Add("downcase", 0, 0, (input, _, _) => Text(RubyText.ToS(input).ToLowerInvariant()))
        .Add("upcase", 0, 0, (input, _, _) => Text(RubyText.ToS(input).ToUpperInvariant()))
        .Add("capitalize", 0, 0, (input, _, _) => Text(Capitalize(RubyText.ToS(input))))
        .Add("escape", 0, 0, (input, _, _) => input.IsNil() ? NilValue.Instance : Text(EscapeHtml(RubyText.ToS(input))))
        .Add("h", 0, 0, (input, _, _) => input.IsNil() ? NilValue.Instance : Text(EscapeHtml(RubyText.ToS(input))))
        .Add("escape_once", 0, 0, (input, _, _) => Text(EscapeOnce().Replace(RubyText.ToS(input), m => EscapeHtml(m.Value))))
        .Add("url_encode", 0, 0, (input, _, _) => input.IsNil() ? NilValue.Instance : Text(RubyCgi.Escape(RubyText.ToS(input))))
        .Add("url_decode", 0, 0, (input, _, _) => input.IsNil() ? NilValue.Instance : Text(RubyCgi.Unescape(RubyText.ToS(input))))
        .Add("slice", 1, 2, (input, args, _) => Slice(input, args))
        .Add("truncate", 0, 2, (input, args, _) => Truncate(input, args))
        .Add("truncatewords", 0, 2, (input, args, _) => TruncateWords(input, args))
        .Add("split", 1, 1, (input, args, _) => Split(input, args.At(0)))
        .Add("strip", 0, 0, (input, _, _) => Text(RubyString.Strip(RubyText.ToS(input))))
        .Add("lstrip", 0, 0, (input, _, _) => Text(RubyString.LStrip(RubyText.ToS(input))))
        .Add("rstrip", 0, 0, (input, _, _) => Text(RubyString.RStrip(RubyText.ToS(input))))
        .Add("strip_html", 0, 0, (input, _, _) => Text(HtmlTags().Replace(HtmlBlocks().Replace(RubyText.ToS(input), ""), "")))
        .Add("strip_newlines", 0, 0, (input, _, _) => Text(RubyText.ToS(input).Replace("\r\n", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal)))
        .Add("newline_to_br", 0, 0, (input, _, _) => Text(RubyText.ToS(input).Replace("\n", "<br />\n", StringComparison.Ordinal)))
        .Add("replace", 1, 2, (input, args, _) => Text(RubyGsub.Replace(RubyText.ToS(input), RubyText.ToS(args.At(0)), Replacement(args), all: true)))
        .Add("replace_first", 1, 2, (input, args, _) => Text(RubyGsub.Replace(RubyText.ToS(input), RubyText.ToS(args.At(0)), Replacement(args), all: false)))
        .Add("remove", 1, 1, (input, args, _) => Text(RubyGsub.Replace(RubyText.ToS(input), RubyText.ToS(args.At(0)), "", all: true)))
        .Add("remove_first", 1, 1, (input, args, _) => Text(RubyGsub.Replace(RubyText.ToS(input), RubyText.ToS(args.At(0)), "", all: false)))
        .Add("append", 1, 1, (input, args, _) => Text(RubyText.ToS(input) + RubyText.ToS(args.At(0))))
        .Add("prepend", 1, 1, (input, args, _) => Text(RubyText.ToS(args.At(0)) + RubyText.ToS(input)));

    private static ValueTask<FluidValue> Text(string text) => new StringValue(text);

    private static string Replacement(FilterArguments args) => args.Count > 1 ? RubyText.ToS(args.At(1)) : "";

    // Ruby: size when the value has it — strings (characters), arrays, hashes, ranges, and Integer#size (8).
    private static ValueTask<FluidValue> Size(FluidValue input) => NumberValue.Create(input switch
    {
        StringValue s => RubyString.Length(s.ToStringValue()),
        ArrayValue a => a.Values.Count,
        DictionaryValue d => ((IFluidIndexable)d.ToObjectValue()).Count,
        RubyRangeValue r => r.Count,
        NumberValue when RubyNumber.IsInteger(input) => 8,
        _ => 0,
    });

    // Ruby: String#capitalize — the first character upcased, the rest downcased.
    private static string Capitalize(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..].ToLowerInvariant();

    // Ruby: CGI.escapeHTML.
    public static string EscapeHtml(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => sb.Append("&amp;"),
                '<' => sb.Append("&lt;"),
                '>' => sb.Append("&gt;"),
                '"' => sb.Append("&quot;"),
                '\'' => sb.Append("&#39;"),
                _ => sb.Append(c),
            };
        }
        return sb.ToString();
    }

    // Liquid 4: slice(input, offset, length = 1) — arrays by items, everything else as a string by characters.
    private static ValueTask<FluidValue> Slice(FluidValue input, FilterArguments args)
    {
        var offset = Long(RubyNumber.ToInteger(args.At(0)));
        var length = args.Count > 1 && !args.At(1).IsNil() ? Long(RubyNumber.ToInteger(args.At(1))) : 1;
        if (input is ArrayValue array)
        {
            var count = array.Values.Count;
            var start = offset < 0 ? offset + count : offset;
            if (start < 0 || start > count || length < 0)
            {
                return ArrayValue.Empty;
            }
            var take = (int)Math.Min(length, count - start);
            var slice = new FluidValue[take];
            for (var i = 0; i < take; i++)
            {
                slice[i] = array.Values[(int)start + i];
            }
            return new ArrayValue(slice);
        }
        var text = RubyText.ToS(input);
        return Text(RubyString.Slice(text, offset, length) ?? "");
    }

    // Ruby: slice's arguments must fit a C long.
    private static long Long(decimal value) => value is > long.MaxValue or < long.MinValue
        ? throw new LiquidException("bignum too big to convert into `long'")
        : (long)value;

    // Liquid 4: truncate(input, length = 50, truncate_string = "...").
    private static ValueTask<FluidValue> Truncate(FluidValue input, FilterArguments args)
    {
        if (input.IsNil())
        {
            return NilValue.Instance;
        }
        var text = RubyText.ToS(input);
        var length = args.Count > 0 ? RubyNumber.ToInteger(args.At(0)) : 50;
        var ellipsis = args.Count > 1 ? RubyText.ToS(args.At(1)) : "...";
        var keep = Math.Max(length - RubyString.Length(ellipsis), 0);
        return RubyString.Length(text) > length ? Text(RubyString.Take(text, (int)Math.Min(keep, int.MaxValue)) + ellipsis) : Text(text);
    }

    // Liquid 4: truncatewords — note `wordlist.length > words - 1`, so exactly `words` words still get the ellipsis;
    // the input itself comes back when nothing is cut.
    private static ValueTask<FluidValue> TruncateWords(FluidValue input, FilterArguments args)
    {
        if (input.IsNil())
        {
            return NilValue.Instance;
        }
        var words = RubyString.SplitWords(RubyText.ToS(input));
        var count = args.Count > 0 ? RubyNumber.ToInteger(args.At(0)) : 15;
        var keep = (int)Math.Clamp(count - 1, 0, int.MaxValue - 1);
        if (words.Count <= keep)
        {
            return input;
        }
        var ellipsis = args.Count > 1 ? RubyText.ToS(args.At(1)) : "...";
        return Text(string.Join(' ', words.GetRange(0, keep + 1)) + ellipsis);
    }

    private static ValueTask<FluidValue> Split(FluidValue input, FluidValue pattern)
    {
        var parts = RubyString.Split(RubyText.ToS(input), RubyText.ToS(pattern));
        var items = new FluidValue[parts.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = new StringValue(parts[i]);
        }
        return new ArrayValue(items);
    }
}
