using System.Text;

namespace Gazette.Markdown.Kramdown;

/// <summary>kramdown's three HTML escaping modes (kramdown: utils/html.rb <c>escape_html</c>).</summary>
internal static class KramdownEscaping
{
    /// <summary>Escapes <c>&lt; &gt; &amp;</c> (mode <c>:all</c>, used for code).</summary>
    public static void AppendAll(StringBuilder output, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '<': output.Append("&lt;"); break;
                case '>': output.Append("&gt;"); break;
                case '&': output.Append("&amp;"); break;
                default: output.Append(c); break;
            }
        }
    }

    // kramdown: utils/html.rb ESCAPE_TEXT_RE leaves anything that already looks like a character
    // reference alone (REXML's REFERENCE_RE), so "&amp;" in text stays "&amp;" instead of "&amp;amp;".
    /// <summary>Escapes <c>&lt; &gt; &amp;</c> but keeps existing character references (mode <c>:text</c>).</summary>
    public static void AppendText(StringBuilder output, ReadOnlySpan<char> text) => Append(output, text, quote: false);

    /// <summary>Like <see cref="AppendText"/> and also escapes <c>"</c> (mode <c>:attribute</c>).</summary>
    public static void AppendAttribute(StringBuilder output, ReadOnlySpan<char> text) => Append(output, text, quote: true);

    private static void Append(StringBuilder output, ReadOnlySpan<char> text, bool quote)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '<': output.Append("&lt;"); break;
                case '>': output.Append("&gt;"); break;
                case '"' when quote: output.Append("&quot;"); break;
                case '&':
                    var length = ReferenceLength(text[i..]);
                    if (length > 0)
                    {
                        output.Append(text.Slice(i, length));
                        i += length - 1;
                    }
                    else
                    {
                        output.Append("&amp;");
                    }
                    break;
                default: output.Append(c); break;
            }
        }
    }

    /// <summary>Length of a character reference (<c>&amp;name;</c>, <c>&amp;#123;</c>, <c>&amp;#x1F;</c>) at the start of <paramref name="text"/>, or 0.</summary>
    internal static int ReferenceLength(ReadOnlySpan<char> text)
    {
        if (text.Length < 3 || text[0] != '&')
        {
            return 0;
        }
        var i = 1;
        if (text[1] == '#')
        {
            i = 2;
            var hex = i < text.Length && text[i] == 'x';
            if (hex)
            {
                i++;
            }
            var start = i;
            while (i < text.Length && (hex ? char.IsAsciiHexDigit(text[i]) : char.IsAsciiDigit(text[i])))
            {
                i++;
            }
            return i > start && i < text.Length && text[i] == ';' ? i + 1 : 0;
        }
        if (!IsNameStart(text[1]))
        {
            return 0;
        }
        i = 2;
        while (i < text.Length && IsNameChar(text[i]))
        {
            i++;
        }
        return i < text.Length && text[i] == ';' ? i + 1 : 0;
    }

    // REXML's NAME is [\w:][-\w.:]*, and \w includes digits, so "&8617;" counts as a reference.
    private static bool IsNameStart(char c) => char.IsLetterOrDigit(c) || c is '_' or ':';

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c is '_' or ':' or '-' or '.';
}
