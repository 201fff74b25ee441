using System.Text;

namespace Gazette.Content;

/// <summary>
/// Reads CSV and TSV data files. Jekyll: <c>CSV.read(path, headers: true)</c> — each row becomes a mapping
/// from the header row's names to the row's strings.
/// </summary>
internal static class DelimitedData
{
    public static List<object?> Parse(string text, char separator)
    {
        var rows = ReadRows(text, separator);
        var result = new List<object?>();
        if (rows.Count == 0)
        {
            return result;
        }
        var headers = rows[0];
        foreach (var row in rows.Skip(1))
        {
            var map = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < headers.Count; i++)
            {
                map[headers[i]] = i < row.Count ? row[i] : null;
            }
            result.Add(map);
        }
        return result;
    }

    private static List<List<string>> ReadRows(string text, char separator)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
                continue;
            }
            if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == separator)
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
            }
            else
            {
                field.Append(c);
            }
        }
        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add(row);
        }
        return rows;
    }
}
