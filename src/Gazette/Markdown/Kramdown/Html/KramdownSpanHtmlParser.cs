using System.Text;
using System.Text.RegularExpressions;
using Gazette.Markdown.Kramdown.Inlines;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax.Inlines;

namespace Gazette.Markdown.Kramdown.Html;

/// <summary>
/// Span-level <c>&lt;…</c> as kramdown reads it: autolinks (kramdown: parser/kramdown/autolink.rb),
/// then HTML (parser/kramdown/html.rb parse_span_html): comments are kept, CDATA becomes text, stray
/// end tags and block-level tags stay text, span elements are written back with normalised
/// attributes, and the content of raw elements (<c>code</c>, <c>kbd</c>, …) is not parsed as Markdown.
/// </summary>
internal sealed partial class KramdownSpanHtmlParser : InlineParser
{
    private readonly bool _parseSpanHtml;

    public KramdownSpanHtmlParser(bool parseSpanHtml)
    {
        _parseSpanHtml = parseSpanHtml;
        OpeningCharacters = ['<'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        var length = slice.End + 1 - start;
        var position = processor.GetSourcePosition(start, out var line, out var column);
        var open = processor.GetParserState(this, () => new OpenElements());
        Match match;

        if ((match = Autolink().Match(text, start, length)).Success)
        {
            var target = match.Groups[1].Value;
            var isEmail = !match.Groups[2].Success;
            processor.Inline = new AutolinkInline(isEmail ? target : target) { IsEmail = isEmail, Span = new(position, position + match.Length - 1), Line = line, Column = column };
            slice.Start += match.Length;
            return true;
        }
        if ((match = KramdownHtmlSyntax.Comment().Match(text, start, length)).Success)
        {
            return Emit(processor, ref slice, match.Length, match.Value, position, line, column);
        }
        if ((match = KramdownHtmlSyntax.Cdata().Match(text, start, length)).Success)
        {
            processor.Inline = new LiteralInline(match.Groups[1].Value) { Span = new(position, position + match.Length - 1), Line = line, Column = column };
            slice.Start += match.Length;
            return true;
        }
        if ((match = KramdownHtmlSyntax.CloseTag().Match(text, start, length)).Success)
        {
            var name = KramdownHtmlSyntax.NormalizeName(match.Groups[1].Value);
            if (open.Names.Count > 0 && open.Names[^1] == name)
            {
                open.Names.RemoveAt(open.Names.Count - 1);
                return Emit(processor, ref slice, match.Length, "</" + name + ">", position, line, column, nesting: -1);
            }
            // kramdown: an end tag without its start tag is text.
            return Literal(processor, ref slice, match.Value, position, line, column);
        }
        if (!(match = KramdownHtmlSyntax.Tag().Match(text, start, length)).Success)
        {
            return false;
        }

        var tagName = KramdownHtmlSyntax.NormalizeName(match.Groups[1].Value);
        if (KramdownHtmlSyntax.BlockElements.Contains(tagName))
        {
            return Literal(processor, ref slice, match.Value, position, line, column);
        }
        var element = new KramdownHtmlElement(tagName) { IsClosed = match.Groups[4].Success };
        var attributes = KramdownHtmlSyntax.ParseAttributes(match.Groups[2].Value, KramdownHtmlSyntax.IsKnownElement(tagName));
        foreach (var (key, value) in attributes)
        {
            element.Attributes.Add(new(key, NewLines().Replace(value, " ")));
        }
        var markdown = element.Attributes.FindIndex(p => p.Key == "markdown");
        var parseSpanHtml = KramdownDocumentData.Of(processor.Document).OptionChanges.BoolAt(position, "parse_span_html") ?? _parseSpanHtml;
        var parse = KramdownHtmlSyntax.ContentModelOf(tagName) != KramdownContentModel.Raw && parseSpanHtml;
        if (markdown >= 0)
        {
            parse = element.Attributes[markdown].Value switch
            {
                "0" => false,
                "1" => KramdownHtmlSyntax.ContentModelOf(tagName) != KramdownContentModel.Raw,
                "span" or "block" => true,
                _ => parse,
            };
            element.Attributes.RemoveAt(markdown);
        }

        var afterTag = start + match.Length;
        var html = new StringBuilder();
        html.Append('<').Append(tagName);
        KramdownAttributes.Write(html, element.Attributes);
        if (element.IsClosed || KramdownHtmlSyntax.ElementsWithoutBody.Contains(tagName))
        {
            // kramdown: converter/html.rb writes an empty span element as <x /> only when HTML has no
            // body for it, otherwise as <x></x>.
            html.Append(KramdownHtmlSyntax.ElementsWithoutBody.Contains(tagName) ? " />" : "></" + tagName + ">");
            return Emit(processor, ref slice, match.Length, html.ToString(), position, line, column);
        }
        if (parse)
        {
            // kramdown: without an end tag the element takes the rest of the text and is closed at
            // its end ("auto-closing"); the span resolver adds the end tag then.
            html.Append('>');
            if (HasEndTag(text, afterTag, slice.End + 1, tagName))
            {
                open.Names.Add(tagName);
            }
            processor.Inline = new KramdownTextInline(html.ToString(), "") { SpanNesting = 1, ElementName = tagName, Span = new(position, position + match.Length - 1), Line = line, Column = column };
            slice.Start += match.Length;
            return true;
        }

        // Raw content (or no end tag): kramdown parses only nested HTML up to the end tag, or takes
        // the rest of the text when there is none.
        html.Append('>');
        var end = WriteRawContent(text, afterTag, slice.End + 1, tagName, html);
        html.Append("</").Append(tagName).Append('>');
        return Emit(processor, ref slice, end - start, html.ToString(), position, line, column);
    }

    private static int WriteRawContent(string text, int position, int limit, string name, StringBuilder html)
    {
        while (position < limit)
        {
            var next = text.IndexOf('<', position, limit - position);
            if (next < 0)
            {
                KramdownEscaping.AppendText(html, text.AsSpan(position, limit - position));
                return limit;
            }
            KramdownEscaping.AppendText(html, text.AsSpan(position, next - position));
            position = next;
            Match match;
            if ((match = KramdownHtmlSyntax.CloseTag().Match(text, position, limit - position)).Success)
            {
                position += match.Length;
                if (KramdownHtmlSyntax.NormalizeName(match.Groups[1].Value) == name)
                {
                    return position;
                }
                KramdownEscaping.AppendText(html, match.Value);
            }
            else if ((match = KramdownHtmlSyntax.Comment().Match(text, position, limit - position)).Success)
            {
                html.Append(match.Value);
                position += match.Length;
            }
            else if ((match = KramdownHtmlSyntax.Cdata().Match(text, position, limit - position)).Success)
            {
                // kramdown: parse_span_html adds a CDATA section's content as escaped text.
                KramdownEscaping.AppendAll(html, match.Groups[1].ValueSpan);
                position += match.Length;
            }
            else if ((match = KramdownHtmlSyntax.Tag().Match(text, position, limit - position)).Success)
            {
                var nested = KramdownHtmlSyntax.NormalizeName(match.Groups[1].Value);
                var attributes = KramdownHtmlSyntax.ParseAttributes(match.Groups[2].Value, KramdownHtmlSyntax.IsKnownElement(nested));
                html.Append('<').Append(nested);
                KramdownAttributes.Write(html, attributes);
                position += match.Length;
                if (match.Groups[4].Success || KramdownHtmlSyntax.ElementsWithoutBody.Contains(nested))
                {
                    html.Append(" />");
                    continue;
                }
                html.Append('>');
                position = WriteRawContent(text, position, limit, nested, html);
                html.Append("</").Append(nested).Append('>');
            }
            else
            {
                html.Append("&lt;");
                position++;
            }
        }
        return position;
    }

    private static bool HasEndTag(string text, int position, int limit, string name)
    {
        while (position < limit)
        {
            var next = text.IndexOf("</", position, limit - position, StringComparison.Ordinal);
            if (next < 0)
            {
                return false;
            }
            var match = KramdownHtmlSyntax.CloseTag().Match(text, next, limit - next);
            if (match.Success && KramdownHtmlSyntax.NormalizeName(match.Groups[1].Value) == name)
            {
                return true;
            }
            position = next + 2;
        }
        return false;
    }

    private static bool Emit(InlineProcessor processor, ref StringSlice slice, int length, string html, int position, int line, int column, int nesting = 0)
    {
        processor.Inline = new KramdownTextInline(html, "") { SpanNesting = nesting, Span = new(position, position + length - 1), Line = line, Column = column };
        slice.Start += length;
        return true;
    }

    private static bool Literal(InlineProcessor processor, ref StringSlice slice, string text, int position, int line, int column)
    {
        processor.Inline = new KramdownEscapedInline(new StringSlice(text)) { Span = new(position, position + text.Length - 1), Line = line, Column = column };
        slice.Start += text.Length;
        return true;
    }

    private sealed class OpenElements
    {
        public List<string> Names { get; } = [];
    }

    // kramdown: AUTOLINK_START = /<((mailto|https?|ftps?):.+?|[[:alnum:]-_.]+?@[[:alnum:]-_.]+?)>/
    [GeneratedRegex("""\G<((mailto|https?|ftps?):.+?|[\p{L}\p{Nd}\-_.]+?@[\p{L}\p{Nd}\-_.]+?)>""")]
    private static partial Regex Autolink();

    [GeneratedRegex("\n+")]
    private static partial Regex NewLines();
}
