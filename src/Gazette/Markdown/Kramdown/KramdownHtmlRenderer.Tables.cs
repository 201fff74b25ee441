using Gazette.Markdown.Kramdown.Blocks;

namespace Gazette.Markdown.Kramdown;

internal sealed partial class KramdownHtmlRenderer
{
    // kramdown: converter/html.rb convert_table/convert_td: thead/tbody/tfoot sections, th in the
    // head, "text-align" styles from the separator line, a no-break space in empty cells.
    private void WriteTable(KramdownTable table, int indent)
    {
        Indent(indent);
        _out.Append("<table");
        WriteAttributes(table);
        _out.Append(">\n");
        var sectionIndent = indent + IndentStep;
        KramdownTableRow? previous = null;
        foreach (var block in table)
        {
            if (block is not KramdownTableRow row)
            {
                continue;
            }
            if (previous is null || previous.Group != row.Group)
            {
                if (previous is not null)
                {
                    Indent(sectionIndent);
                    _out.Append("</").Append(previous.Section).Append(">\n");
                }
                Indent(sectionIndent);
                _out.Append('<').Append(row.Section).Append(">\n");
            }
            WriteTableRow(table, row, sectionIndent + IndentStep);
            previous = row;
        }
        if (previous is not null)
        {
            Indent(sectionIndent);
            _out.Append("</").Append(previous.Section).Append(">\n");
        }
        Indent(indent);
        _out.Append("</table>\n");
    }

    private void WriteTableRow(KramdownTable table, KramdownTableRow row, int indent)
    {
        Indent(indent);
        _out.Append("<tr");
        WriteAttributes(row);
        _out.Append(">\n");
        var cellTag = row.Section == "thead" ? "th" : "td";
        for (var i = 0; i < row.Count; i++)
        {
            var cell = (KramdownTableCell)row[i];
            Indent(indent + IndentStep);
            _out.Append('<').Append(cellTag);
            var attributes = CopyAttributes(cell);
            var alignment = i < table.Alignments.Count ? table.Alignments[i] : null;
            if (alignment is not null)
            {
                var index = attributes.FindIndex(p => p.Key == "style");
                var style = "text-align: " + alignment;
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
            WriteInlines(cell.Inline);
            if (_out.Length == before)
            {
                WriteEntityCharacter("\u00A0");
            }
            _out.Append("</").Append(cellTag).Append(">\n");
        }
        Indent(indent);
        _out.Append("</tr>\n");
    }
}
