using System.Text;

namespace Gazette.Conformance.Tests.Markdown;

/// <summary>
/// The one normalisation the Markdown conformance runners apply before comparing HTML.
/// </summary>
/// <remarks>
/// Only whitespace-only text that sits directly between two tags (a <c>&gt;</c> and the next
/// <c>&lt;</c>) changes, and never inside <c>&lt;pre&gt;…&lt;/pre&gt;</c>:
/// <list type="number">
/// <item>next to a block-level tag (<c>p li ul ol div blockquote pre h1–h6 hr table tr td th dl dt dd figure …</c>,
/// opening or closing) it is removed, because browsers ignore it there: <c>&lt;li&gt;\n  &lt;p&gt;</c> equals <c>&lt;li&gt;&lt;p&gt;</c>;</item>
/// <item>between two inline tags it becomes one space, and an empty run stays empty, so
/// <c>&lt;/em&gt; &lt;em&gt;</c> equals <c>&lt;/em&gt;\n&lt;em&gt;</c> but not <c>&lt;/em&gt;&lt;em&gt;</c>.</item>
/// </list>
/// Whitespace at the very start and end of the document is removed too. Everything else is compared
/// exactly: text including whitespace next to text, attribute order and quoting, entity spelling,
/// self-closing slashes and all of <c>pre</c>. So the comparison forgives only pretty-printing
/// (kramdown's indentation, blank lines between blocks).
/// </remarks>
internal static class HtmlNormalizer
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "body", "caption", "col", "colgroup", "dd", "details", "dialog",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "head", "header", "hgroup", "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section", "summary",
        "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    };

    public static string Normalize(string html)
    {
        var span = html.AsSpan().Trim(" \t\r\n");
        var result = new StringBuilder(span.Length);
        var inPre = 0;
        var lastTag = "";
        var i = 0;
        while (i < span.Length)
        {
            var c = span[i];
            if (c == '<')
            {
                var name = TagName(span[i..], out var closing);
                if (name.Equals("pre", StringComparison.OrdinalIgnoreCase))
                {
                    inPre = closing ? Math.Max(0, inPre - 1) : inPre + 1;
                }
                lastTag = name;
            }

            if (inPre == 0 && c == '>' && i + 1 < span.Length && IsWhitespace(span[i + 1]))
            {
                var end = i + 1;
                while (end < span.Length && IsWhitespace(span[end]))
                {
                    end++;
                }
                result.Append('>');
                if (end < span.Length && span[end] == '<')
                {
                    var next = TagName(span[end..], out _);
                    if (!BlockTags.Contains(lastTag) && !BlockTags.Contains(next))
                    {
                        result.Append(' ');
                    }
                }
                else
                {
                    result.Append(span[(i + 1)..end]);
                }
                i = end;
                continue;
            }

            result.Append(c);
            i++;
        }
        return result.ToString();
    }

    private static string TagName(ReadOnlySpan<char> text, out bool closing)
    {
        var i = 1;
        closing = i < text.Length && text[i] == '/';
        if (closing)
        {
            i++;
        }
        var start = i;
        while (i < text.Length && char.IsAsciiLetterOrDigit(text[i]))
        {
            i++;
        }
        return text[start..i].ToString();
    }

    private static bool IsWhitespace(char c) => c is ' ' or '\t' or '\n' or '\r';
}
