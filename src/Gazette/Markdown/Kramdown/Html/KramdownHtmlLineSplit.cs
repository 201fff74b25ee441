using System.Text;
using Markdig.Syntax;

namespace Gazette.Markdown.Kramdown.Html;

/// <summary>
/// kramdown ends an HTML block right after its end tag and parses the rest of that line as the start of
/// the next block (kramdown: parser/kramdown/html.rb parse_block_html, which only consumes trailing
/// whitespace up to the line end). Markdig's blocks always own whole lines, so the converter puts a line
/// break there and parses again. Blocks at the top level, in blockquotes (the new line gets the quote
/// markers) and in HTML elements parsed as Markdown are split; inside other containers (list items,
/// footnotes) the rest of the line is still dropped.
/// </summary>
internal static class KramdownHtmlLineSplit
{
    /// <summary>Where an HTML block ended before the end of its line, with the prefix the new line needs.</summary>
    public static List<(int Position, string Prefix)> Find(MarkdownDocument document, string source)
    {
        var splits = new List<(int, string)>();
        Find(document, source, "", splits);
        return splits;
    }

    /// <summary>The source with a line break (and prefix) inserted at each position.</summary>
    public static string Split(string source, List<(int Position, string Prefix)> splits)
    {
        var text = new StringBuilder(source.Length + (splits.Count * 4));
        var last = 0;
        foreach (var (position, prefix) in splits.OrderBy(s => s.Position))
        {
            text.Append(source, last, position - last).Append('\n').Append(prefix);
            last = position;
        }
        return text.Append(source, last, source.Length - last).ToString();
    }

    private static void Find(ContainerBlock container, string source, string prefix, List<(int, string)> splits)
    {
        foreach (var block in container)
        {
            var end = block switch
            {
                KramdownHtmlBlock html => html.EndPosition,
                KramdownHtmlSpanBlock span => span.EndPosition,
                KramdownHtmlElementBlock element => element.EndPosition,
                _ => -1,
            };
            if (end > 0 && end < source.Length && source[end - 1] != '\n' && HasTextBeforeLineEnd(source, end))
            {
                splits.Add((end, prefix));
            }
            if (block is QuoteBlock quote)
            {
                Find(quote, source, prefix + "> ", splits);
            }
            else if (block is KramdownHtmlElementBlock element)
            {
                Find(element, source, prefix, splits);
            }
        }
    }

    private static bool HasTextBeforeLineEnd(string source, int position)
    {
        for (var i = position; i < source.Length && source[i] != '\n'; i++)
        {
            if (source[i] is not (' ' or '\t' or '\r'))
            {
                return true;
            }
        }
        return false;
    }
}
