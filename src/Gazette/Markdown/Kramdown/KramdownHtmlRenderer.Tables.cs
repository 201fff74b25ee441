using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace Gazette.Markdown.Kramdown;

internal sealed partial class KramdownHtmlRenderer
{
    // kramdown: converter/html.rb convert_table/convert_td: thead/tbody/tfoot sections, th in the
    // head, "text-align" styles from the separator line, a no-break space in empty cells.
    private void WriteTable(Table table, int indent)
    {
        Indent(indent);
        _out.Append("<table");
        WriteAttributes(table);
        _out.Append(">\n");
        var sectionIndent = indent + IndentStep;
        string? open = null;
        foreach (var block in table)
        {
            if (block is not TableRow row)
            {
                continue;
            }
            var section = row.IsHeader ? "thead" : KramdownTableSection.Of(row) ?? "tbody";
            if (section != open)
            {
                if (open is not null)
                {
                    Indent(sectionIndent);
                    _out.Append("</").Append(open).Append(">\n");
                }
                Indent(sectionIndent);
                _out.Append('<').Append(section).Append(">\n");
                open = section;
            }
            WriteTableRow(table, row, section == "thead", sectionIndent + IndentStep);
        }
        if (open is not null)
        {
            Indent(sectionIndent);
            _out.Append("</").Append(open).Append(">\n");
        }
        Indent(indent);
        _out.Append("</table>\n");
    }

    private void WriteTableRow(Table table, TableRow row, bool header, int indent)
    {
        Indent(indent);
        _out.Append("<tr");
        WriteAttributes(row);
        _out.Append(">\n");
        var cellTag = header ? "th" : "td";
        for (var i = 0; i < row.Count; i++)
        {
            var cell = (TableCell)row[i];
            Indent(indent + IndentStep);
            _out.Append('<').Append(cellTag);
            var attributes = CopyAttributes(cell);
            var alignment = cell.ColumnIndex >= 0 && cell.ColumnIndex < table.ColumnDefinitions.Count
                ? table.ColumnDefinitions[cell.ColumnIndex].Alignment
                : null;
            if (alignment is not null)
            {
                var style = "text-align: " + alignment switch
                {
                    TableColumnAlign.Left => "left",
                    TableColumnAlign.Center => "center",
                    _ => "right",
                };
                var index = attributes.FindIndex(p => p.Key == "style");
                if (index < 0)
                {
                    attributes.Add(new("style", style));
                }
                else
                {
                    attributes[index] = new("style", attributes[index].Value + "; " + style);
                }
            }
            KramdownAttributes.Write(_out, attributes);
            _out.Append('>');
            var before = _out.Length;
            foreach (var content in cell)
            {
                if (content is LeafBlock leaf)
                {
                    WriteInlines(leaf.Inline);
                }
            }
            if (_out.Length == before)
            {
                _out.Append('\u00A0');
            }
            _out.Append("</").Append(cellTag).Append(">\n");
        }
        Indent(indent);
        _out.Append("</tr>\n");
    }
}
