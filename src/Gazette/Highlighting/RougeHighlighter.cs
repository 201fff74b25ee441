using System.Text;
using Gazette.Highlighting.Lexers;

namespace Gazette.Highlighting;

/// <summary>
/// Highlights code as Jekyll does with Rouge 3.30 and its HTML formatter: the result is the markup that goes
/// inside <c>&lt;code&gt;</c>, with Rouge's short CSS classes on <c>span</c> elements.
/// </summary>
internal static class RougeHighlighter
{
    /// <summary>
    /// Highlights <paramref name="code"/> with the lexer Rouge finds for <paramref name="language"/>; a name Rouge
    /// does not know, or one Gazette has no lexer for, yields the escaped text without spans, as Rouge's
    /// plain-text lexer does.
    /// </summary>
    public static string Highlight(string code, string? language)
    {
        ArgumentNullException.ThrowIfNull(code);
        var lexer = string.IsNullOrEmpty(language) ? null : LexerRegistry.FindFancy(language, code);
        if (lexer is null or PlainTextLexer)
        {
            var plain = new StringBuilder(code.Length + 16);
            HtmlTokenWriter.AppendEscaped(plain, code);
            return plain.ToString();
        }

        var writer = new HtmlTokenWriter(code.Length * 2);
        lexer.Lex(code, writer);
        return writer.ToString();
    }

    /// <summary>
    /// Whether Rouge's <c>Lexer.find_fancy</c> resolves <paramref name="language"/> to a lexer, which is what
    /// decides whether kramdown highlights a code block at all. Names are case-sensitive, as in Rouge.
    /// kramdown (converter/syntax_highlighter/rouge.rb) also leaves a block unhighlighted when the lexer found is
    /// plain text: <c>plaintext</c>, <c>text</c>, or a <c>guess</c> that detects nothing.
    /// </summary>
    public static bool IsKnownLanguage(string? language) =>
        LexerName(language) is { } name && (name == "guess" || RougeLanguageNames.All.Contains(name));

    /// <summary>
    /// Rouge: Lexer.lookup_fancy (rouge/lexer.rb) accepts CGI-style options after a <c>?</c>
    /// (<c>erb?parent=tex</c>); the name is the part before it.
    /// </summary>
    private static string? LexerName(string? language)
    {
        if (string.IsNullOrEmpty(language))
        {
            return null;
        }

        var question = language.IndexOf('?', StringComparison.Ordinal);
        return question < 0 ? language : language[..question];
    }
}
