using System.Buffers;
using System.Text;

namespace Gazette.Markdown.Kramdown;

/// <summary>kramdown's three HTML escaping modes (kramdown: utils/html.rb <c>escape_html</c>).</summary>
internal static class KramdownEscaping
{
    private static readonly SearchValues<char> TextSpecials = SearchValues.Create("<>&");
    private static readonly SearchValues<char> AttributeSpecials = SearchValues.Create("<>&\"");

    /// <summary>Escapes <c>&lt; &gt; &amp;</c> (mode <c>:all</c>, used for code).</summary>
    public static void AppendAll(StringBuilder output, ReadOnlySpan<char> text)
    {
        while (true)
        {
            // Runs without a special character are copied whole: most text has none.
            var next = text.IndexOfAny(TextSpecials);
            if (next < 0)
            {
                output.Append(text);
                return;
            }
            output.Append(text[..next]);
            output.Append(text[next] switch { '<' => "&lt;", '>' => "&gt;", _ => "&amp;" });
            text = text[(next + 1)..];
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
        var specials = quote ? AttributeSpecials : TextSpecials;
        while (true)
        {
            var next = text.IndexOfAny(specials);
            if (next < 0)
            {
                output.Append(text);
                return;
            }
            output.Append(text[..next]);
            text = text[next..];
            var length = text[0] == '&' ? ReferenceLength(text) : 0;
            if (length > 0)
            {
                output.Append(text[..length]);
                text = text[length..];
                continue;
            }
            output.Append(text[0] switch { '<' => "&lt;", '>' => "&gt;", '"' => "&quot;", _ => "&amp;" });
            text = text[1..];
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
