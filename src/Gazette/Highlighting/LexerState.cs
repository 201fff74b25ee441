namespace Gazette.Highlighting;

/// <summary>A named, ordered set of rules (Rouge's RegexLexer::State).</summary>
internal sealed class LexerState(string name, LexerRule[] rules)
{
    public string Name { get; } = name;

    public LexerRule[] Rules { get; } = rules;
}
