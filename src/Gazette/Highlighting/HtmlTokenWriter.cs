using System.Text;

namespace Gazette.Highlighting;

/// <summary>
/// Writes tokens the way Rouge's HTML formatter does (rouge/formatters/html.rb): each token becomes
/// <c>&lt;span class="short"&gt;…&lt;/span&gt;</c>, plain <see cref="TokenTypes.Text"/> is written bare,
/// and the text is escaped with <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> only.
/// </summary>
internal sealed class HtmlTokenWriter : TokenSink
{
    private readonly StringBuilder _html;
    private string? _open;

    public HtmlTokenWriter(int capacity) => _html = new StringBuilder(capacity);

    /// <summary>
    /// Rouge: Lexer#continue_lex (rouge/lexer.rb) joins adjacent tokens of the same type before the formatter
    /// sees them, and delegated lexers feed the same stream, so merging here across every source is exact.
    /// </summary>
    public override void Emit(string token, string value)
    {
        if (value.Length == 0)
        {
            return;
        }

        if (!ReferenceEquals(token, _open) && token != _open)
        {
            Close();
            if (token.Length > 0)
            {
                _html.Append("<span class=\"").Append(token).Append("\">");
            }

            _open = token;
        }

        AppendEscaped(_html, value);
    }

    /// <summary>Closes the last span and returns the HTML.</summary>
    public override string ToString()
    {
        Close();
        return _html.ToString();
    }

    /// <summary>Appends <paramref name="text"/> escaped exactly as Rouge's formatter escapes it.</summary>
    public static void AppendEscaped(StringBuilder html, string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var entity = text[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ => null,
            };
            if (entity is null)
            {
                continue;
            }

            html.Append(text, start, i - start).Append(entity);
            start = i + 1;
        }

        html.Append(text, start, text.Length - start);
    }

    private void Close()
    {
        if (_open is { Length: > 0 })
        {
            _html.Append("</span>");
        }

        _open = null;
    }
}
