using System.Text.RegularExpressions;

namespace Gazette.Highlighting;

/// <summary>
/// Adds rules to one state, mirroring Rouge's <c>rule</c> forms: a token, a token and a next state
/// (<c>"#pop"</c>, <c>"#push"</c> or a state name), the match groups' tokens, or a callback.
/// </summary>
/// <typeparam name="TLexer">The lexer type the callbacks receive.</typeparam>
internal sealed class StateBuilder<TLexer>
    where TLexer : RegexLexer
{
    /// <summary>Next-state value that pops the current state (Rouge's <c>:pop!</c>).</summary>
    public const string Pop = "#pop";

    /// <summary>Next-state value that pushes the current state again (Rouge's <c>:push</c>).</summary>
    public const string Push = "#push";

    private readonly LexerDefinitionBuilder<TLexer> _owner;
    private readonly List<LexerRule> _rules;
    private int _insertAt;

    internal StateBuilder(LexerDefinitionBuilder<TLexer> owner, List<LexerRule> rules, int insertAt)
    {
        _owner = owner;
        _rules = rules;
        _insertAt = insertAt;
    }

    /// <summary>Yields the whole match as <paramref name="token"/>.</summary>
    public StateBuilder<TLexer> Rule(Regex pattern, string token) =>
        Add(LexerRule.Match(pattern, (lexer, match) => lexer.Token(token, match.Value)));

    /// <summary>Yields the whole match as <paramref name="token"/>, then moves to <paramref name="next"/>.</summary>
    public StateBuilder<TLexer> Rule(Regex pattern, string token, string next)
    {
        var move = Move(next);
        return Add(LexerRule.Match(pattern, (lexer, match) =>
        {
            lexer.Token(token, match.Value);
            move(lexer);
        }));
    }

    /// <summary>Yields each match group with the token at the same position (Rouge's <c>groups</c>).</summary>
    public StateBuilder<TLexer> Rule(Regex pattern, string[] groups) =>
        Add(LexerRule.Match(pattern, (lexer, match) => lexer.Groups(match, groups)));

    /// <summary>Yields the match groups, then moves to <paramref name="next"/>.</summary>
    public StateBuilder<TLexer> Rule(Regex pattern, string[] groups, string next)
    {
        var move = Move(next);
        return Add(LexerRule.Match(pattern, (lexer, match) =>
        {
            lexer.Groups(match, groups);
            move(lexer);
        }));
    }

    /// <summary>Runs <paramref name="callback"/> on a match.</summary>
    public StateBuilder<TLexer> Rule(Regex pattern, Action<TLexer, Match> callback) =>
        Add(LexerRule.Match(pattern, LexerDefinitionBuilder<TLexer>.Wrap(callback)));

    /// <summary>Tries another state's rules at this point (Rouge's <c>mixin</c>).</summary>
    public StateBuilder<TLexer> Mixin(string state) => Add(LexerRule.MixinOf(state));

    private Action<RegexLexer> Move(string next)
    {
        switch (next)
        {
            case Pop:
                return static lexer => lexer.Pop();
            case Push:
                return static lexer => lexer.PushCurrent();
            default:
                var target = _owner.Ref(next);
                return lexer => lexer.Push(target.State);
        }
    }

    private StateBuilder<TLexer> Add(LexerRule rule)
    {
        _rules.Insert(_insertAt++, rule);
        return this;
    }
}
