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
                position = ReadElement(source, match, out var child, out _);
                element.Children.Add(child);
                if (!child.IsClosed)
                {
                    position = ReadBody(source, position, child, out _);
                }
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
