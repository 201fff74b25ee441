using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Fluid;
using Fluid.Values;
using Gazette.Liquid.Runtime;
using Gazette.Model;

namespace Gazette.Liquid.Filters;

/// <summary>Jekyll's text filters (lib/jekyll/filters.rb): escaping, slugs, word counts, Markdown, JSON.</summary>
internal static partial class JekyllStringFilters
{
    [GeneratedRegex("[ \\t\\r\\n\\f\\v]+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("[\\p{IsCJKUnifiedIdeographs}\\p{IsCJKUnifiedIdeographsExtensionA}\\p{IsCJKCompatibilityIdeographs}\\p{IsKatakana}\\p{IsHiragana}\\p{IsHangulSyllables}\\p{IsHangulJamo}\\p{IsHangulCompatibilityJamo}\\p{IsKatakanaPhoneticExtensions}\\p{IsCJKRadicalsSupplement}\\p{IsKangxiRadicals}]")]
    private static partial Regex Cjk();

    [GeneratedRegex("[^\\p{IsCJKUnifiedIdeographs}\\p{IsCJKUnifiedIdeographsExtensionA}\\p{IsCJKCompatibilityIdeographs}\\p{IsKatakana}\\p{IsHiragana}\\p{IsHangulSyllables}\\p{IsHangulJamo}\\p{IsHangulCompatibilityJamo}\\p{IsKatakanaPhoneticExtensions}\\p{IsCJKRadicalsSupplement}\\p{IsKangxiRadicals} \\t\\r\\n\\f\\v]+")]
    private static partial Regex NonCjkWord();

    public static FilterCollection WithJekyllStringFilters(this FilterCollection filters) => filters
        .Add("xml_escape", 0, 0, (input, _, _) => new StringValue(XmlEscape(RubyText.ToS(input))))
        .Add("cgi_escape", 0, 0, (input, _, _) => new StringValue(RubyCgi.Escape(StringArgument(input, "cgi_escape"))))
        .Add("uri_escape", 0, 0, (input, _, _) => input.IsNil() ? NilValue.Instance : new StringValue(UriEscape(StringArgument(input, "uri_escape"))))
        .Add("slugify", 0, 1, (input, args, _) => Slugify(input, args))
        .Add("number_of_words", 0, 1, (input, args, _) => NumberOfWords(input, args))
        .Add("normalize_whitespace", 0, 0, (input, _, _) => new StringValue(RubyString.Strip(Whitespace().Replace(RubyText.ToS(input), " "))))
        .Add("markdownify", 0, 0, (input, _, context) => new StringValue(RenderScope.From(context).Engine.Markdown.Convert(RubyText.ToS(input))))
        .Add("smartify", 0, 0, (input, _, context) => new StringValue(SmartyPants.Convert(RubyText.ToS(input), RenderScope.From(context).Engine.Markdown.Options)))
        .Add("jsonify", 0, 0, (input, _, context) => new StringValue(JsonOutput.Write(input, context)))
        .Add("inspect", 0, 0, (input, _, _) => new StringValue(XmlEscape(RubyText.Inspect(input))))
        .Add("array_to_sentence_string", 0, 1, ArrayToSentence)
        .Add("to_integer", 0, 0, (input, _, _) => input switch
        {
            BooleanValue b => NumberValue.Create(b.ToBooleanValue() ? 1 : 0),
            _ => NumberValue.Create(RubyNumber.ToI(input)),
        });

    // Ruby: these methods take a String; anything else raises (nil has no #b, an Integer no #encoding).
    private static string StringArgument(FluidValue input, string filter) => input is StringValue s
        ? s.ToStringValue()
        : throw new LiquidException($"{filter}: expected a String, got {RubyCompare.ClassName(input)}");

    // Jekyll: xml_escape is String#encode(xml: :attr) without the surrounding quotes: & < > " ' become entities.
    public static string XmlEscape(string text)
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
                '\'' => sb.Append("&apos;"),
                _ => sb.Append(c),
            };
        }
        return sb.ToString();
    }

    // Jekyll: uri_escape is Addressable::URI.normalize_component — valid %XX escapes are decoded, then every byte
    // outside the URI's unreserved and reserved characters is percent-encoded.
    public static string UriEscape(string text)
    {
        var source = Encoding.UTF8.GetBytes(text);
        var sb = new StringBuilder(text.Length + 16);
        for (var i = 0; i < source.Length; i++)
        {
            var b = source[i];
            if (b == '%' && i + 2 < source.Length && Uri.IsHexDigit((char)source[i + 1]) && Uri.IsHexDigit((char)source[i + 2]))
            {
                b = byte.Parse(Encoding.ASCII.GetString(source, i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                i += 2;
            }
            var c = (char)b;
            if (b < 128 && (char.IsAsciiLetterOrDigit(c) || "-._~!$&'()*+,;=:@/?#[]".Contains(c, StringComparison.Ordinal)))
            {
                sb.Append(c);
            }
            else
            {
                sb.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }
        return sb.ToString();
    }

    // Jekyll: slugify(input, mode = nil) — nil stays nil.
    private static ValueTask<FluidValue> Slugify(FluidValue input, FilterArguments arguments)
    {
        if (input.IsNil())
        {
            return NilValue.Instance;
        }
        // Jekyll: Utils.slugify calls String methods on its input, so anything but a string raises.
        var text = StringArgument(input, "slugify");
        var mode = arguments.Count > 0 && !arguments.At(0).IsNil() ? RubyText.ToS(arguments.At(0)) : null;
        return new StringValue(Slugifier.Slugify(text, mode));
    }

    // Jekyll: number_of_words(input, mode = nil) — "cjk" counts each CJK character as a word, "auto" only when
    // there are any; otherwise words are runs of non-whitespace.
    private static ValueTask<FluidValue> NumberOfWords(FluidValue input, FilterArguments arguments)
    {
        var text = StringArgument(input, "number_of_words");
        var mode = arguments.Count > 0 ? RubyText.ToS(arguments.At(0)) : "";
        var words = RubyString.SplitWords(text).Count;
        var count = mode switch
        {
            "cjk" => Cjk().Count(text) + NonCjkWord().Count(text),
            "auto" when Cjk().Count(text) is var cjk && cjk > 0 => cjk + NonCjkWord().Count(text),
            _ => words,
        };
        return NumberValue.Create(count);
    }

    // Jekyll: array_to_sentence_string(array, connector = "and").
    private static ValueTask<FluidValue> ArrayToSentence(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (input is not ArrayValue array)
        {
            throw new LiquidException($"array_to_sentence_string: expected an Array, got {RubyCompare.ClassName(input)}");
        }
        var connector = arguments.Count > 0 ? RubyText.ToS(arguments.At(0)) : "and";
        var items = array.Values;
        return new StringValue(items.Count switch
        {
            0 => "",
            1 => RubyText.ToS(items[0]),
            2 => $"{RubyText.ToS(items[0])} {connector} {RubyText.ToS(items[1])}",
            _ => $"{RubyText.Join(new ArrayValue(items.Take(items.Count - 1).ToArray()), ", ")}, {connector} {RubyText.ToS(items[^1])}",
        });
    }
}
