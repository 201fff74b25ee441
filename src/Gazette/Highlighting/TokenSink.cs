namespace Gazette.Highlighting;

/// <summary>Receives the tokens a lexer produces, in order.</summary>
internal abstract class TokenSink
{
    /// <summary>Receives one token; <paramref name="value"/> is never empty.</summary>
    public abstract void Emit(string token, string value);
}
