using System.Text;
using Gazette.Markdown.Kramdown;

namespace Gazette.Markdown;

/// <summary>
/// The one place where code reaches a syntax highlighter. kramdown calls rouge for every code block
/// and code span (converter/syntax_highlighter/rouge.rb); what comes back goes inside <c>&lt;code&gt;</c>.
/// </summary>
internal static class CodeBlockHtml
{
    private static readonly HashSet<string> PlainTextNames = new(StringComparer.OrdinalIgnoreCase) { "plaintext", "text", "plain" };

    /// <summary>
    /// Returns the token HTML for <paramref name="code"/> in <paramref name="language"/>, or null when
    /// the highlighter has no lexer for that language (kramdown then writes a plain
    /// <c>&lt;pre&gt;&lt;code class="language-x"&gt;</c>).
    /// </summary>
    public static string? Highlight(string code, string language)
    {
        var name = language;
        var query = name.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            name = name[..query];
        }
        if (!PlainTextNames.Contains(name))
        {
            return Highlighting.RougeHighlighter.IsKnownLanguage(name) ? Highlighting.RougeHighlighter.Highlight(code, name) : null;
        }
        var html = new StringBuilder(code.Length + 16);
        KramdownEscaping.AppendAll(html, code);
        return html.ToString();
    }
}
