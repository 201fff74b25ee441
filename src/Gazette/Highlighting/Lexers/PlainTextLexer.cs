namespace Gazette.Highlighting.Lexers;

/// <summary>Rouge's plain-text lexer (rouge/lexers/plain_text.rb): the whole text as one token.</summary>
internal sealed class PlainTextLexer(string token) : Lexer
{
    public PlainTextLexer()
        : this(TokenTypes.Text)
    {
    }

    public override void ContinueLex(string text, TokenSink sink)
    {
        if (text.Length > 0)
        {
            sink.Emit(token, text);
        }
    }

    public override void Reset()
    {
    }
}
