using System.Text.RegularExpressions;
using Markdig.Helpers;

namespace Gazette.Markdown.Kramdown.Blocks;

/// <summary>Line-level patterns of kramdown's block parser, applied to Markdig line slices.</summary>
internal static partial class KramdownLineRules
{
    public static bool IsBlank(string text, int start, int end)
    {
        for (var i = start; i <= end; i++)
        {
            if (text[i] is not (' ' or '\t' or '\r' or '\n' or '\f' or '\v'))
            {
                return false;
            }
        }
        return true;
    }

    // kramdown: HR_START = /^ {0,3}(\*|-|_)[ \t]*\1[ \t]*\1(\1|[ \t])*\n/
    public static bool IsHorizontalRule(StringSlice line) => HorizontalRule().IsMatch(line.AsSpan());

    // kramdown: LIST_START = /^ {0,3}([+*-]|\d+\.)[\t| ].*?\n/
    public static bool IsListStart(StringSlice line, int column = 0)
    {
        var width = 0;
        var i = line.Start;
        while (i <= line.End && line.Text[i] is ' ' or '\t')
        {
            width += line.Text[i] == '\t' ? 4 - ((column + width) % 4) : 1;
            i++;
        }
        return width <= 3 && ListStart().IsMatch(line.Text.AsSpan(i, line.End - i + 1));
    }

    // kramdown: list.rb lazy_re: any non-blank line that does not start (after up to
    // min(indentation, 3) spaces) with a block IAL or a non-span HTML tag.
    public static bool IsLazyLine(StringSlice line, int maxSpaces)
    {
        if (IsBlank(line.Text, line.Start, line.End))
        {
            return false;
        }
        var i = line.Start;
        while (i <= line.End && i - line.Start < maxSpaces && line.Text[i] == ' ')
        {
            i++;
        }
        var rest = line.Text.AsSpan(i, line.End - i + 1);
        return !LazyStop().IsMatch(rest);
    }

    /// <summary>
    /// Removes <paramref name="indentation"/> columns of leading whitespace when the line has that
    /// many, counting a leading tab as four columns (kramdown: list.rb expands leading tabs to four
    /// spaces, then strips the indentation). The slice stays in the original text; a tab that is
    /// only partly removed stays in the slice and <paramref name="column"/> tells the child processor
    /// where it starts, so Markdig expands it to the remaining width.
    /// </summary>
    public static StringSlice StripIndentation(StringSlice line, int indentation, out bool found, out int column)
    {
        var text = line.Text;
        var i = line.Start;
        var col = 0;
        var sawSpace = false;
        while (i <= line.End && col < indentation)
        {
            var c = text[i];
            if (c == '\t' && !sawSpace)
            {
                if (col + 4 > indentation)
                {
                    break;
                }
                col += 4;
            }
            else if (c == ' ')
            {
                sawSpace = true;
                col++;
            }
            else
            {
                break;
            }
            i++;
        }
        var partialTab = i <= line.End && text[i] == '\t' && !sawSpace && col < indentation;
        found = indentation > 0 && (col >= indentation || partialTab);
        column = 0;
        if (!found)
        {
            return line;
        }
        line.Start = i;
        column = partialTab ? indentation : 0;
        return line;
    }

    /// <summary>
    /// kramdown: list.rb parse_first_list_line: the content indentation of a new item (marker plus
    /// spaces, tabs to the next multiple of four; 4 when the item holds only an IAL or nothing),
    /// with the content trimmed and a leading item IAL taken out.
    /// </summary>
    public static int FirstLineIndentation(ref StringSlice content, int markerIndentation, out KramdownAttributeList? ial)
    {
        ial = null;
        var text = content.Text;
        int indentation;
        if (IalOnly().IsMatch(content.AsSpan()))
        {
            indentation = 4;
        }
        else
        {
            var column = markerIndentation;
            var i = content.Start;
            while (i <= content.End && text[i] is ' ' or '\t')
            {
                column = text[i] == '\t' ? column + (4 - (column % 4)) : column + 1;
                i++;
            }
            indentation = column;
        }
        while (content.Start <= content.End && text[content.Start] is ' ' or '\t' or '\r' or '\f' or '\v')
        {
            content.Start++;
        }
        ial = TakeItemIal(ref content);
        return indentation;
    }

    /// <summary>Takes a leading item IAL (kramdown: LIST_ITEM_IAL) off <paramref name="content"/>.</summary>
    public static KramdownAttributeList? TakeItemIal(ref StringSlice content)
    {
        if (content.Start > content.End)
        {
            return null;
        }
        var itemIal = ItemIal().Match(content.Text, content.Start, content.End - content.Start + 1);
        if (!itemIal.Success)
        {
            return null;
        }
        content.Start = itemIal.Index + itemIal.Length;
        return new KramdownAttributeList().Parse(itemIal.Groups[1].Value);
    }

    [GeneratedRegex("""^ {0,3}([*_-])[ \t]*\1[ \t]*\1(?:\1|[ \t])*$""")]
    private static partial Regex HorizontalRule();

    [GeneratedRegex("""^(?:[+*-]|[0-9]+\.)[\t| ]""")]
    private static partial Regex ListStart();

    [GeneratedRegex("""^(?:\{:(?![:/])(?:\\\}|[^}])+\}[ \t\r\f\v]*$|</?(?!(?:a|abbr|acronym|b|big|bdo|br|button|cite|code|del|dfn|em|i|img|input|ins|kbd|label|mark|option|q|rb|rbc|rp|rt|rtc|ruby|samp|select|small|span|strong|sub|sup|time|tt|u|var|script)\b)[A-Za-z_:][A-Za-z0-9_:.\-]*)""")]
    private static partial Regex LazyStop();

    // kramdown: LIST_ITEM_IAL_CHECK = /^#{LIST_ITEM_IAL}?\s*\n/
    [GeneratedRegex("""^[ \t\r\f\v]*(?:\{:(?!(?:[A-Za-z0-9_][A-Za-z0-9_-]*)?:|/)(?:\\\}|[^}])+\})?[ \t\r\f\v]*$""")]
    private static partial Regex IalOnly();

    // kramdown: LIST_ITEM_IAL = /^\s*(?:\{:(?!(?:ALD_ID_NAME)?:|\/)(ALD_ANY_CHARS+)\})\s*/
    [GeneratedRegex("""\G[ \t\r\f\v]*\{:(?!(?:[A-Za-z0-9_][A-Za-z0-9_-]*)?:|/)((?:\\\}|[^}])+)\}[ \t\r\f\v]*""")]
    private static partial Regex ItemIal();
}
