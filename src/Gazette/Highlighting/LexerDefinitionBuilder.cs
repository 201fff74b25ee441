using System.Text.RegularExpressions;

namespace Gazette.Highlighting;

/// <summary>
/// Collects the states of a lexer the way Rouge's <c>state</c>, <c>prepend</c> and <c>append</c> DSL does
/// (rouge/regex_lexer.rb). A derived lexer reruns its parent's definition on a fresh builder and then
/// replaces or extends states, so names always resolve within the lexer being built.
/// </summary>
/// <typeparam name="TLexer">The lexer type the rule callbacks receive.</typeparam>
internal sealed class LexerDefinitionBuilder<TLexer>
    where TLexer : RegexLexer
{
    private readonly Dictionary<string, List<LexerRule>> _states = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StateRef> _refs = new(StringComparer.Ordinal);

    /// <summary>Defines (or replaces) a state.</summary>
    public StateBuilder<TLexer> State(string name)
    {
        var rules = new List<LexerRule>();
        _states[name] = rules;
        return new StateBuilder<TLexer>(this, rules, 0);
    }

    /// <summary>Adds rules in front of an existing state's rules.</summary>
    public StateBuilder<TLexer> Prepend(string name) => new(this, Existing(name), 0);

    /// <summary>Adds rules after an existing state's rules.</summary>
    public StateBuilder<TLexer> Append(string name)
    {
        var rules = Existing(name);
        return new StateBuilder<TLexer>(this, rules, rules.Count);
    }

    /// <summary>Returns the reference to a state that may not be defined yet.</summary>
    public StateRef Ref(string name)
    {
        if (!_refs.TryGetValue(name, out var reference))
        {
            reference = new StateRef(name);
            _refs[name] = reference;
        }

        return reference;
    }

    /// <summary>Resolves every state name and mixin and returns the finished definition.</summary>
    public LexerDefinition Build()
    {
        var states = new Dictionary<string, LexerState>(StringComparer.Ordinal);
        foreach (var (name, rules) in _states)
        {
            states[name] = new LexerState(name, [.. rules]);
        }

        foreach (var state in states.Values)
        {
            foreach (var rule in state.Rules)
            {
                if (rule.MixinName is { } mixin)
                {
                    rule.Mixin = Resolve(states, mixin);
                }
            }
        }

        foreach (var reference in _refs.Values)
        {
            reference.State = Resolve(states, reference.Name);
        }

        return new LexerDefinition(states);
    }

    internal static RuleAction Wrap(Action<TLexer, Match> callback) => (lexer, match) => callback((TLexer)lexer, match);

    private static LexerState Resolve(Dictionary<string, LexerState> states, string name) =>
        states.TryGetValue(name, out var state)
            ? state
            : throw new InvalidOperationException($"Lexer {typeof(TLexer).Name} refers to undefined state '{name}'.");

    private List<LexerRule> Existing(string name) =>
        _states.TryGetValue(name, out var rules)
            ? rules
            : throw new InvalidOperationException($"No state '{name}' to extend.");
}
