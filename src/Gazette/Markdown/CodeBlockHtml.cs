using Gazette.Highlighting;

namespace Gazette.Markdown;

/// <summary>
/// The one place where code reaches a syntax highlighter. kramdown calls rouge for every code block
/// and code span (converter/syntax_highlighter/rouge.rb); what comes back goes inside <c>&lt;code&gt;</c>.
/// </summary>
internal static class CodeBlockHtml
{
    /// <summary>
    /// Returns the token HTML for <paramref name="code"/> in <paramref name="language"/> (null means Rouge's
    /// guess), or null when Rouge has no lexer for that name, or finds the plain-text lexer while
    /// <paramref name="allowPlainText"/> (kramdown's <c>guess_lang</c>) is false; kramdown then writes the
    /// code unhighlighted.
    /// </summary>
    public static string? Highlight(string code, string? language, bool allowPlainText = true)
    {
        // Rouge: Lexer.find_fancy takes the name before any "?options"; no name, or "guess", guesses.
        var requested = language ?? "guess";
        var query = requested.IndexOf('?', StringComparison.Ordinal);
        var name = query >= 0 ? requested[..query] : requested;
        if (name == "guess")
        {
            name = RougeGuesser.Guess(code) ?? "plaintext";
        }
        else if (!RougeHighlighter.IsKnownLanguage(name))
        {
            return null;
        }
        if (name is "plaintext" or "text" && !allowPlainText)
        {
            return null;
        }
        return RougeHighlighter.Highlight(code, requested);
    }
}
