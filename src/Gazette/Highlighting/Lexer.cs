namespace Gazette.Highlighting;

/// <summary>
/// A lexer instance (Rouge's Lexer, rouge/lexer.rb): lexes text into tokens, keeping its state between
/// <see cref="ContinueLex"/> calls so another lexer can delegate pieces of one document to it.
/// </summary>
internal abstract class Lexer
{
    /// <summary>Lexes <paramref name="text"/> from a fresh state (Rouge's <c>lex</c>).</summary>
    public void Lex(string text, TokenSink sink)
    {
        Reset();
        ContinueLex(text, sink);
    }

    /// <summary>Lexes <paramref name="text"/> keeping the current state (Rouge's <c>continue_lex</c>).</summary>
    public abstract void ContinueLex(string text, TokenSink sink);

    /// <summary>Returns to the initial state (Rouge's <c>reset!</c>).</summary>
    public abstract void Reset();
}
