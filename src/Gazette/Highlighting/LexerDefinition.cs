namespace Gazette.Highlighting;

/// <summary>The resolved states of one lexer class; built once and shared by all its instances.</summary>
internal sealed class LexerDefinition
{
    private readonly Dictionary<string, LexerState> _states;

    public LexerDefinition(Dictionary<string, LexerState> states)
    {
        _states = states;
        Root = Get("root");
    }

    public LexerState Root { get; }

    /// <summary>Every named state.</summary>
    public IEnumerable<LexerState> States => _states.Values;

    public LexerState Get(string name) =>
        _states.TryGetValue(name, out var state)
            ? state
            : throw new InvalidOperationException($"Unknown lexer state '{name}'.");
}
