using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Fluid;
using Fluid.Values;
using Gazette.Model;

namespace Gazette.Liquid.Filters;

/// <summary>Jekyll's text filters (lib/jekyll/filters.rb): escaping, slugs, word counts, Markdown.</summary>
internal static partial class JekyllStringFilters
{
    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    public static FilterCollection WithJekyllStringFilters(this FilterCollection filters)
    {
        filters.AddFilter("xml_escape", (input, _, _) => input.IsNil() ? NilValue.Instance : new StringValue(XmlEscape(input.ToStringValue())));
        filters.AddFilter("cgi_escape", (input, _, _) => new StringValue(CgiEscape(input.ToStringValue())));
        filters.AddFilter("uri_escape", (input, _, _) => new StringValue(UriEscape(input.ToStringValue())));
        filters.AddFilter("slugify", Slugify);
        filters.AddFilter("number_of_words", (input, _, _) => NumberValue.Create(
            input.ToStringValue().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length));
        filters.AddFilter("normalize_whitespace", (input, _, _) => new StringValue(Whitespace().Replace(input.ToStringValue(), " ").Trim()));
        filters.AddFilter("markdownify", (input, _, context) => new StringValue(
            RenderScope.From(context).Engine.Markdown.Convert(input.ToStringValue())));
        filters.AddFilter("jsonify", (input, _, context) => new StringValue(JsonOutput.Write(input, context)));
        filters.AddFilter("array_to_sentence_string", ArrayToSentence);
        filters.AddFilter("to_integer", (input, _, _) => input.Type == FluidValues.Boolean
            ? NumberValue.Create(input.ToBooleanValue() ? 1 : 0)
            : NumberValue.Create(Math.Truncate(input.ToNumberValue())));
        return filters;
    }

    // Jekyll: xml_escape is String#encode(xml: :attr): & < > " ' become entities (Ruby's encode(xml: :attr): &apos; for the apostrophe).
    public static string XmlEscape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&apos;",
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }

    // Ruby: CGI.escape — spaces as "+", unreserved characters kept.
    private static string CgiEscape(string text) => WebUtility.UrlEncode(text)
        .Replace("%7E", "~", StringComparison.Ordinal).Replace("!", "%21", StringComparison.Ordinal)
        .Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal)
        .Replace("*", "%2A", StringComparison.Ordinal);

    // Jekyll: uri_escape is Addressable::URI.normalize_component.
    private static string UriEscape(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            var c = (char)b;
            if (b < 128 && (char.IsAsciiLetterOrDigit(c) || "-._~!$&'()*+,;=:@/?#[]%".Contains(c, StringComparison.Ordinal)))
            {
                sb.Append(c);
            }
            else
            {
                sb.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        return sb.ToString();
    }

    private static ValueTask<FluidValue> Slugify(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (input.IsNil())
        {
            return NilValue.Instance;
        }
        var mode = arguments.At(0).IsNil() ? null : arguments.At(0).ToStringValue();
        var cased = arguments.At(1).ToBooleanValue() && !arguments.At(1).IsNil();
        return new StringValue(Slugifier.Slugify(input.ToStringValue(), mode, cased));
    }

    // Jekyll: array_to_sentence_string(array, connector = "and").
    private static ValueTask<FluidValue> ArrayToSentence(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var connector = arguments.At(0).IsNil() ? "and" : arguments.At(0).ToStringValue();
        var items = input.Enumerate(context).Select(v => v.ToStringValue()).ToList();
        return new StringValue(items.Count switch
        {
            0 => "",
            1 => items[0],
            2 => $"{items[0]} {connector} {items[1]}",
            _ => $"{string.Join(", ", items.Take(items.Count - 1))}, {connector} {items[^1]}",
        });
    }
}
