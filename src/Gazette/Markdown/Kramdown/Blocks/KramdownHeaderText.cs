using System.Text.RegularExpressions;

namespace Gazette.Markdown.Kramdown.Blocks;

/// <summary>kramdown's header text clean-up (kramdown: parser/kramdown/header.rb parse_header_contents).</summary>
internal static partial class KramdownHeaderText
{
    /// <summary>
    /// Strips trailing whitespace, a trailing <c>{#id}</c> and closing hashes from
    /// <paramref name="text"/>[start..end]; false when nothing is left.
    /// </summary>
    public static bool Trim(string text, int start, ref int end, out string? id, bool closingHashesNeedSpace)
    {
        id = null;
        end = TrimEnd(text, start, end);
        var content = text.AsSpan(start, end - start + 1);
        var match = HeaderId().Match(text, start, end - start + 1);
        if (match.Success && content.Length > 0)
        {
            id = match.Groups[1].Value;
            end = TrimEnd(text, start, match.Index - 1);
        }

        // GFM: text.sub!(/[\t ]#+\z/, '') && text.rstrip!; kramdown: /(?<!\\)#+\z/.
        var hashes = end;
        while (hashes >= start && text[hashes] == '#')
        {
            hashes--;
        }
        if (hashes < end)
        {
            var hasSpace = hashes >= start && text[hashes] is ' ' or '\t';
            var escaped = hashes >= start && text[hashes] == '\\';
            if (closingHashesNeedSpace ? hasSpace : !escaped)
            {
                end = TrimEnd(text, start, hashes);
            }
        }
        return end >= start;
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end >= start && text[end] is ' ' or '\t' or '\r' or '\n' or '\f' or '\v')
        {
            end--;
        }
        return end;
    }

    // kramdown: HEADER_ID = /[\t ]{#(NAME_START_CHAR NAME_CHAR*)}\z/ (REXML's XML name characters).
    [GeneratedRegex("""[\t ]\{\#([A-Za-z_:\u00C0-\uFFFF][A-Za-z0-9_:.\-\u00B7\u00C0-\uFFFF]*)\}\z""")]
    private static partial Regex HeaderId();
}
