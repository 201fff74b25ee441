using System.Text;
using System.Text.RegularExpressions;
using Markdig.Helpers;
using Markdig.Parsers;

namespace Gazette.Markdown.Kramdown.Blocks;

/// <summary>Turns a table's lines into rows and cells (kramdown: parser/kramdown/table.rb parse_table).</summary>
internal static partial class KramdownTableBuilder
{
    /// <summary>Builds the rows; false when kramdown would not accept the table (no body).</summary>
    public static bool Build(KramdownTable table, BlockParser parser)
    {
        var rows = new List<KramdownTableRow>();
        var pending = new List<KramdownTableRow>();
        var hasFooter = false;
        var hasAlignment = false;
        var group = 0;
        var columns = 0;

        void Flush(string section, bool force)
        {
            if (!hasFooter || section != "tbody" || force)
            {
                foreach (var row in pending)
                {
                    row.Section = section;
                    row.Group = group;
                }
                rows.AddRange(pending);
                pending.Clear();
                group++;
            }
        }

        foreach (var line in table.SourceLines)
        {
            var text = line.ToString();
            var separator = SeparatorLine().Match(text);
            if (separator.Success)
            {
                if (pending.Count == 0)
                {
                    continue;
                }
                if (!hasAlignment && !hasFooter)
                {
                    Flush("thead", false);
                    hasAlignment = true;
                    foreach (Match align in AlignPattern().Matches(separator.Groups[1].Value))
                    {
                        var left = align.Groups[1].Length > 0;
                        var right = align.Groups[2].Length > 0;
                        table.Alignments.Add(left && right ? "center" : left ? "left" : right ? "right" : null);
                    }
                }
                else
                {
                    Flush("tbody", false);
                }
                continue;
            }
            if (FooterLine().IsMatch(text))
            {
                if (pending.Count > 0)
                {
                    Flush("tbody", true);
                }
                hasFooter = true;
                continue;
            }

            var cells = SplitCells(text.TrimEnd(' ', '\t'));
            if (cells.Count < 2)
            {
                // kramdown: every line needs a pipe outside code spans and escapes.
                return false;
            }
            if (table.LeadingPipe && cells.Count > 0 && string.IsNullOrWhiteSpace(cells[0]))
            {
                cells.RemoveAt(0);
            }
            if (cells.Count > 0 && string.IsNullOrWhiteSpace(cells[^1]))
            {
                cells.RemoveAt(cells.Count - 1);
            }
            var row = new KramdownTableRow(parser);
            foreach (var cellText in cells)
            {
                var cell = new KramdownTableCell(parser);
                var slice = new StringSlice(cellText.Trim(' ', '\t', '\r', '\n', '\f', '\v'));
                cell.AppendLine(ref slice, 0, 0, 0, false);
                row.Add(cell);
            }
            columns = Math.Max(columns, cells.Count);
            pending.Add(row);
        }
        if (pending.Count > 0)
        {
            Flush(hasFooter ? "tfoot" : "tbody", false);
        }
        if (!KramdownTablePipeCheck.HasPipeOnEveryLine(string.Join('\n', table.SourceLines.Select(l => l.ToString()))))
        {
            return false;
        }
        if (!rows.Exists(r => r.Section == "tbody"))
        {
            return false;
        }

        // kramdown: every row gets the same number of cells, alignment is cut or padded to match.
        foreach (var row in rows)
        {
            while (row.Count < columns)
            {
                row.Add(new KramdownTableCell(parser) { ProcessInlines = false });
            }
            table.Add(row);
        }
        if (table.Alignments.Count > columns)
        {
            table.Alignments.RemoveRange(columns, table.Alignments.Count - columns);
        }
        while (table.Alignments.Count < columns)
        {
            table.Alignments.Add(null);
        }
        table.SourceLines.Clear();
        return true;
    }

    // kramdown: cells are split at pipes that are not escaped and not inside a code span or a
    // <code> element; "\|" becomes "|" outside code.
    private static List<string> SplitCells(string row)
    {
        var cells = new List<string>();
        var current = new StringBuilder();
        var i = 0;
        while (i < row.Length)
        {
            var c = row[i];
            if (c == '\\' && i + 1 < row.Length && row[i + 1] == '|')
            {
                current.Append('|');
                i += 2;
            }
            else if (c == '|')
            {
                cells.Add(current.ToString());
                current.Clear();
                i++;
            }
            else if (c == '`')
            {
                var run = 0;
                while (i + run < row.Length && row[i + run] == '`')
                {
                    run++;
                }
                var close = FindBacktickRun(row, i + run, run);
                var end = close < 0 ? i + run : close + run;
                current.Append(row, i, end - i);
                i = end;
            }
            else if (c == '<' && CodeElement().Match(row, i) is { Success: true } code)
            {
                current.Append(code.Value);
                i += code.Length;
            }
            else
            {
                current.Append(c);
                i++;
            }
        }
        cells.Add(current.ToString());
        return cells;
    }

    private static int FindBacktickRun(string text, int start, int length)
    {
        var i = start;
        while (i < text.Length)
        {
            if (text[i] != '`')
            {
                i++;
                continue;
            }
            var run = 0;
            while (i + run < text.Length && text[i + run] == '`')
            {
                run++;
            }
            if (run == length)
            {
                return i;
            }
            i += run;
        }
        return -1;
    }

    // kramdown: TABLE_SEP_LINE = /^([+|: \t-]*?-[+|: \t-]*?)[ \t]*\n/
    [GeneratedRegex("""^([+|: \t-]*?-[+|: \t-]*?)[ \t]*$""")]
    private static partial Regex SeparatorLine();

    // kramdown: TABLE_HSEP_ALIGN = /[ \t]?(:?)-+(:?)[ \t]?/
    [GeneratedRegex("""[ \t]?(:?)-+(:?)[ \t]?""")]
    private static partial Regex AlignPattern();

    // kramdown: TABLE_FSEP_LINE = /^[+|: \t=]*?=[+|: \t=]*?[ \t]*\n/
    [GeneratedRegex("""^[+|: \t=]*?=[+|: \t=]*?[ \t]*$""")]
    private static partial Regex FooterLine();

    [GeneratedRegex("""\G<code.*?>.*?</code>""")]
    private static partial Regex CodeElement();
}
