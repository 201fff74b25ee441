using System.Text.RegularExpressions;

namespace Gazette.Highlighting;

/// <summary>
/// A stateful lexer driven by ordered regex rules, modelled on Rouge's RegexLexer (rouge/regex_lexer.rb):
/// the rules of the state on top of the stack are tried in order at the current position, the first match
/// runs its action, and when none matches one character is yielded as an error.
/// </summary>
internal abstract class RegexLexer : Lexer
{
    // Rouge: RegexLexer::MAX_NULL_SCANS; more empty matches in a row than this count as no match.
    private const int MaxNullScans = 5;

    private readonly List<LexerState> _stack = [];
    private TokenSink? _sink;
    private int _nullSteps;

    /// <summary>The text being lexed by the innermost running <see cref="ContinueLex"/> call.</summary>
    protected string Input { get; private set; } = "";

    /// <summary>The position just after the current match.</summary>
    protected int Position { get; private set; }

    /// <summary>The states of this lexer class.</summary>
    internal LexerDefinition Rules => Definition;

    /// <summary>The states of this lexer class.</summary>
    protected abstract LexerDefinition Definition { get; }

    /// <summary>The state on top of the stack.</summary>
    protected LexerState CurrentState => _stack[^1];

    /// <summary>Lexes <paramref name="text"/> keeping the current state stack (Rouge's <c>continue_lex</c>).</summary>
    public override void ContinueLex(string text, TokenSink sink)
    {
        var (outerSink, outerInput, outerPosition) = (_sink, Input, Position);
        (_sink, Input, Position, _nullSteps) = (sink, text, 0, 0);
        EnsureStack();
        while (Position < text.Length)
        {
            if (!Step(CurrentState))
            {
                var length = char.IsHighSurrogate(text[Position]) && Position + 1 < text.Length
                    && char.IsLowSurrogate(text[Position + 1]) ? 2 : 1;
                Position += length;
                _sink!.Emit(TokenTypes.Error, text.Substring(Position - length, length));
            }
        }

        (_sink, Input, Position) = (outerSink, outerInput, outerPosition);
    }

    /// <summary>Resets the stack to the root state and runs <see cref="OnStart"/> (Rouge's <c>reset!</c>).</summary>
    public override void Reset()
    {
        _stack.Clear();
        EnsureStack();
        OnStart();
    }

    /// <summary>Yields a token; empty values are dropped as Rouge's <c>yield_token</c> does.</summary>
    public void Token(string token, string value)
    {
        if (value.Length > 0)
        {
            _sink!.Emit(token, value);
        }
    }

    /// <summary>Yields each match group with the token at the same position.</summary>
    public void Groups(Match match, params ReadOnlySpan<string> tokens)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            Token(tokens[i], match.Groups[i + 1].Value);
        }
    }

    public void Push(LexerState state) => _stack.Add(state);

    public void Push(string state) => _stack.Add(Definition.Get(state));

    public void PushCurrent() => _stack.Add(CurrentState);

    /// <summary>
    /// Pops states. Rouge raises on an emptied stack; keeping the root instead lets stray closers in
    /// malformed input degrade the same way a fresh root state would.
    /// </summary>
    public void Pop(int times = 1)
    {
        for (var i = 0; i < times && _stack.Count > 1; i++)
        {
            _stack.RemoveAt(_stack.Count - 1);
        }
    }

    /// <summary>Replaces the top of the stack (Rouge's <c>goto</c>).</summary>
    public void Goto(string state) => _stack[^1] = Definition.Get(state);

    public void ResetStack()
    {
        _stack.Clear();
        _stack.Add(Definition.Root);
    }

    /// <summary>Whether a state of that name is anywhere on the stack.</summary>
    public bool InState(string state) => _stack.Exists(s => s.Name == state);

    /// <summary>Whether the state on top of the stack has that name.</summary>
    public bool IsState(string state) => CurrentState.Name == state;

    /// <summary>Lexes <paramref name="text"/> with another lexer, continuing its state (Rouge's <c>delegate</c>).</summary>
    public void Delegate(Lexer lexer, string text) => lexer.ContinueLex(text, _sink!);

    /// <summary>
    /// Lexes <paramref name="text"/> with a fresh lexer (Rouge's <c>recurse</c>, or <c>delegate</c> given a lexer
    /// class: both start a new instance from its root state).
    /// </summary>
    public void DelegateFresh(Lexer lexer, string text) => lexer.Lex(text, _sink!);

    /// <summary>Runs the lexer's start actions (Rouge's <c>start</c> blocks).</summary>
    protected virtual void OnStart()
    {
    }

    private void EnsureStack()
    {
        if (_stack.Count == 0)
        {
            _stack.Add(Definition.Root);
        }
    }

    private bool Step(LexerState state)
    {
        foreach (var rule in state.Rules)
        {
            if (rule.Mixin is { } mixin)
            {
                if (Step(mixin))
                {
                    return true;
                }

                continue;
            }

            if (rule.BeginningOfLine && Position > 0 && Input[Position - 1] != '\n')
            {
                continue;
            }

            if (rule.FirstChars is { } first && !first.Contains(Input[Position]))
            {
                continue;
            }

            var match = rule.Pattern!.Match(Input, Position, Input.Length - Position);
            if (!match.Success)
            {
                continue;
            }

            Position += match.Length;
            rule.Action!(this, match);
            if (match.Length == 0)
            {
                if (++_nullSteps > MaxNullScans)
                {
                    return false;
                }
            }
            else
            {
                _nullSteps = 0;
            }

            return true;
        }

        return false;
    }
}
