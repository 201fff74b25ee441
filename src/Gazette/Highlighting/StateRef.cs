namespace Gazette.Highlighting;

/// <summary>A state named in a rule before every state is defined; resolved when the definition is built.</summary>
internal sealed class StateRef(string name)
{
    public string Name { get; } = name;

    public LexerState State { get; set; } = null!;
}
