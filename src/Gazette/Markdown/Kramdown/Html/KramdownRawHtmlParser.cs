using System.Text.RegularExpressions;

namespace Gazette.Markdown.Kramdown.Html;

/// <summary>
/// Reads HTML the way kramdown does for raw content (kramdown: parser/html.rb handle_html_start_tag,
/// parse_raw_html): elements, text, comments and processing instructions, until the element's end tag.
/// </summary>
internal static class KramdownRawHtmlParser
{
    /// <summary>
    /// Builds an element from the start tag matched at <paramref name="tag"/> and, unless it is
    /// closed, reads its raw content. Returns the position after the element.
    /// </summary>
    public static int ReadElement(string source, Match tag, out KramdownHtmlElement element, out string? markdownAttribute)
    {
        var name = KramdownHtmlSyntax.NormalizeName(tag.Groups[1].Value);
        var known = KramdownHtmlSyntax.IsKnownElement(name);
        element = new KramdownHtmlElement(name);
        element.Attributes.AddRange(KramdownHtmlSyntax.ParseAttributes(tag.Groups[2].Value, known));
        markdownAttribute = RemoveAttribute(element.Attributes, "markdown");
        element.IsClosed = tag.Groups[4].Success || KramdownHtmlSyntax.ElementsWithoutBody.Contains(name);
        return tag.Index + tag.Length;
    }

    /// <summary>Reads the body of a raw element starting at <paramref name="position"/>; returns the position after its end tag.</summary>
    public static int ReadBody(string source, int position, KramdownHtmlElement element, out bool foundEnd)
    {
        if (element.Name is "script" or "style")
        {
            // kramdown: handle_raw_html_tag keeps the body verbatim up to the end tag.
            var end = (element.Name == "script" ? KramdownHtmlSyntax.ScriptEnd() : KramdownHtmlSyntax.StyleEnd()).Match(source, position);
            foundEnd = end.Success;
            var stop = end.Success ? end.Index : source.Length;
            element.Children.Add(new KramdownHtmlVerbatim(source[position..stop]));
            return end.Success ? end.Index + end.Length : source.Length;
        }

        while (position < source.Length)
        {
            var start = KramdownHtmlSyntax.RawStart().Match(source, position);
            if (!start.Success)
            {
                AddText(element, source[position..]);
                foundEnd = false;
                return source.Length;
            }
            if (start.Index > position)
            {
                AddText(element, source[position..start.Index]);
            }
            position = start.Index;
            Match match;
            if ((match = KramdownHtmlSyntax.Comment().Match(source, position)).Success
                || (match = KramdownHtmlSyntax.Instruction().Match(source, position)).Success)
            {
                element.Children.Add(new KramdownHtmlVerbatim(match.Value));
                position += match.Length;
            }
            else if ((match = KramdownHtmlSyntax.Cdata().Match(source, position)).Success)
            {
                AddText(element, match.Groups[1].Value);
                position += match.Length;
            }
            else if ((match = KramdownHtmlSyntax.Tag().Match(source, position)).Success)
            {
                position = ReadElement(source, match, out var child, out var markdown);
                element.Children.Add(child);
                if (child.IsClosed)
                {
                    continue;
                }
                child.ContentModel = ContentModel(child.Name, markdown);
                position = child.ContentModel == KramdownContentModel.Raw
                    ? ReadBody(source, position, child, out _)
                    : ReadMarkdownBody(source, position, child);
            }
            else if ((match = KramdownHtmlSyntax.CloseTag().Match(source, position)).Success)
            {
                position += match.Length;
                var name = KramdownHtmlSyntax.IsKnownElement(element.Name) ? match.Groups[1].Value.ToLowerInvariant() : match.Groups[1].Value;
                if (name == element.Name)
                {
                    foundEnd = true;
                    return position;
                }
                AddText(element, match.Value);
            }
            else
            {
                AddText(element, "<");
                position++;
            }
        }
        foundEnd = false;
        return position;
    }

    // kramdown: handle_kramdown_html_tag inside raw HTML: raw unless the markdown attribute asks for
    // parsing ("1" means the element's own content model).
    private static KramdownContentModel ContentModel(string name, string? markdown) => markdown switch
    {
        "1" => KramdownHtmlSyntax.ContentModelOf(name),
        "block" => KramdownContentModel.Block,
        "span" => KramdownContentModel.Span,
        _ => KramdownContentModel.Raw,
    };

    // kramdown: span content runs to the first end tag of that name; block content is parsed as blocks
    // up to the element's end tag (same-name elements inside it nest), after the start tag's line end.
    private static int ReadMarkdownBody(string source, int position, KramdownHtmlElement element)
    {
        if (element.ContentModel == KramdownContentModel.Block && KramdownHtmlSyntax.TrailingWhitespace().Match(source, position) is { Success: true } whitespace)
        {
            position += whitespace.Length;
        }
        var depth = 0;
        var block = element.ContentModel == KramdownContentModel.Block;
        for (var at = source.IndexOf('<', position); at >= 0; at = source.IndexOf('<', at + 1))
        {
            if (block && !StartsLine(source, at, position))
            {
                // kramdown: block content ends at an end tag that starts a block (at most three spaces in).
                continue;
            }
            var close = KramdownHtmlSyntax.CloseTag().Match(source, at);
            if (close.Success && string.Equals(close.Groups[1].Value, element.Name, StringComparison.OrdinalIgnoreCase))
            {
                if (depth-- == 0)
                {
                    // The end tag's indentation belongs to its line, not to the content.
                    var contentEnd = at;
                    while (block && contentEnd > position && source[contentEnd - 1] == ' ')
                    {
                        contentEnd--;
                    }
                    element.MarkdownSource = source[position..contentEnd];
                    return at + close.Length;
                }
                continue;
            }
            if (element.ContentModel == KramdownContentModel.Block && KramdownHtmlSyntax.Tag().Match(source, at) is { Success: true } open
                && string.Equals(open.Groups[1].Value, element.Name, StringComparison.OrdinalIgnoreCase) && !open.Groups[4].Success)
            {
                depth++;
            }
        }
        element.MarkdownSource = source[position..];
        return source.Length;
    }

    private static bool StartsLine(string source, int at, int contentStart)
    {
        var spaces = 0;
        for (var i = at - 1; i >= contentStart; i--)
        {
            if (source[i] == '\n')
            {
                return spaces <= 3;
            }
            if (source[i] != ' ' || ++spaces > 3)
            {
                return false;
            }
        }
        return spaces <= 3;
    }

    private static void AddText(KramdownHtmlElement element, string text)
    {
        if (element.Children.Count > 0 && element.Children[^1] is KramdownHtmlText previous)
        {
            element.Children[^1] = new KramdownHtmlText(previous.Text + text);
        }
        else
        {
            element.Children.Add(new KramdownHtmlText(text));
        }
    }

    private static string? RemoveAttribute(List<KeyValuePair<string, string>> attributes, string name)
    {
        var index = attributes.FindIndex(p => p.Key == name);
        if (index < 0)
        {
            return null;
        }
        var value = attributes[index].Value;
        attributes.RemoveAt(index);
        return value;
    }
}
