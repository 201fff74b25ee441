using System.Text.RegularExpressions;
using Gazette.Markdown.Kramdown.Html;

namespace Gazette.Markdown.Kramdown.Blocks;

/// <summary>
/// kramdown's last check on a table (kramdown: parser/kramdown/table.rb parse_table): the table's text
/// is read as code spans, span HTML elements and text, and every line must keep an unescaped pipe that is
/// not inside them. A code span running over two lines "uses up" the pipe of the line it starts on.
/// </summary>
internal static partial class KramdownTablePipeCheck
{
    public static bool HasPipeOnEveryLine(string tableText)
    {
        var pipeOnLine = false;
        foreach (var (value, isCode) in Segments(tableText))
        {
            var lines = RubySplitLines(value);
            if (isCode)
            {
                if (lines.Count > 2 || (lines.Count == 2 && !pipeOnLine))
                {
                    break;
                }
                if (lines.Count == 2)
                {
                    pipeOnLine = false;
                }
                continue;
            }
            if (lines.Count > 1 && !pipeOnLine && (lines.Count == 0 || !PipeCheck().IsMatch(lines[0])))
            {
                break;
            }
            pipeOnLine = (lines.Count <= 1 && pipeOnLine) || (lines.Count > 0 && PipeCheck().IsMatch(lines[^1]));
        }
        return pipeOnLine;
    }

    // kramdown: parse_spans(root, nil, [:codespan, :span_html]); text runs merge, a span element
    // contributes only its name (its content is its children, which the check does not look at).
    private static IEnumerable<(string Value, bool IsCode)> Segments(string text)
    {
        var textStart = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '`' && CodeSpanEnd(text, i) is var (contentStart, contentEnd, end) && end > 0)
            {
                if (i > textStart)
                {
                    yield return (text[textStart..i], false);
                }
                yield return (text[contentStart..contentEnd], true);
                i = textStart = end;
                continue;
            }
            if (text[i] == '<' && ElementEnd(text, i) is var (name, elementEnd) && elementEnd > 0)
            {
                if (i > textStart)
                {
                    yield return (text[textStart..i], false);
                }
                yield return (name, false);
                i = textStart = elementEnd;
                continue;
            }
            i++;
        }
        if (textStart < text.Length)
        {
            yield return (text[textStart..], false);
        }
    }

    // kramdown: codespan.rb, a run of backticks up to the next run of the same length.
    private static (int ContentStart, int ContentEnd, int End) CodeSpanEnd(string text, int start)
    {
        var run = 0;
        while (start + run < text.Length && text[start + run] == '`')
        {
            run++;
        }
        var i = start + run;
        while (i < text.Length)
        {
            if (text[i] != '`')
            {
                i++;
                continue;
            }
            var other = 0;
            while (i + other < text.Length && text[i + other] == '`')
            {
                other++;
            }
            if (other == run)
            {
                return (start + run, i, i + run);
            }
            i += other;
        }
        return (0, 0, -1);
    }

    private static (string Name, int End) ElementEnd(string text, int start)
    {
        var tag = KramdownHtmlSyntax.Tag().Match(text, start);
        if (!tag.Success)
        {
            return ("", -1);
        }
        var name = KramdownHtmlSyntax.NormalizeName(tag.Groups[1].Value);
        if (tag.Groups[4].Success || KramdownHtmlSyntax.ElementsWithoutBody.Contains(name))
        {
            return (name, start + tag.Length);
        }
        for (var at = text.IndexOf("</", start + tag.Length, StringComparison.Ordinal); at >= 0; at = text.IndexOf("</", at + 2, StringComparison.Ordinal))
        {
            var close = KramdownHtmlSyntax.CloseTag().Match(text, at);
            if (close.Success && KramdownHtmlSyntax.NormalizeName(close.Groups[1].Value) == name)
            {
                return (name, close.Index + close.Length);
            }
        }
        return ("", -1);
    }

    // Ruby's String#split("\n") drops trailing empty fields.
    private static List<string> RubySplitLines(string value)
    {
        var lines = value.Split('\n').ToList();
        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }
        return lines;
    }

    // kramdown: TABLE_PIPE_CHECK = /(?:\||.*?[^\\\n]\|)/, anchored at the line start.
    [GeneratedRegex(@"^(?:\||.*?[^\\\n]\|)")]
    private static partial Regex PipeCheck();
}
