using System.Collections.Frozen;
using System.Text.RegularExpressions;
using static Gazette.Highlighting.TokenTypes;

namespace Gazette.Highlighting.Lexers;

/// <summary>
/// Rouge's PHP lexer (rouge/lexers/php.rb), a template lexer: text outside <c>&lt;?php … ?&gt;</c> goes to the
/// parent lexer (HTML unless the <c>parent</c> option names another). Options: <c>start_inline</c>,
/// <c>funcnamehighlighting</c>, <c>disabledmodules</c>.
/// </summary>
internal sealed partial class PhpLexer : RegexLexer
{
    private static readonly FrozenSet<string> Keywords = FrozenSet.ToFrozenSet(
        ("old_function cfunction __class__ __dir__ __file__ __function__ __halt_compiler __line__ __method__"
        + " __namespace__ __trait__ abstract and array as break case catch clone continue declare default die do echo"
        + " else elseif empty enddeclare endfor endforeach endif endswitch endwhile eval exit extends final finally fn"
        + " for foreach global goto if implements include include_once instanceof insteadof isset list match new or"
        + " parent print private protected public readonly require require_once return self static switch throw try"
        + " unset var while xor yield").Split(' '),
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> AllBuiltins = BuiltinsExcept([]);

    private static readonly LexerDefinition States = Define();

    private readonly bool? _startInline;
    private readonly FrozenSet<string> _builtins;
    private readonly Lexer _parent;

    public PhpLexer(LexerOptions options)
    {
        _startInline = options.Has("start_inline") ? options.Bool("start_inline", false) : null;
        var disabled = options.List("disabledmodules");
        _builtins = !options.Bool("funcnamehighlighting", true) ? FrozenSet<string>.Empty
            : disabled.Count == 0 ? AllBuiltins
            : BuiltinsExcept(disabled);
        _parent = (options.String("parent") is { } parent ? LexerRegistry.Create(parent) : null) ?? new HtmlLexer();
    }

    protected override LexerDefinition Definition => States;

    /// <summary>Rouge: TemplateLexer resets its parent, then PHP starts in PHP code, guesses, or starts in the parent.</summary>
    protected override void OnStart()
    {
        _parent.Reset();
        if (_startInline is null)
        {
            Push("start");
        }
        else if (_startInline.Value)
        {
            Push("php");
        }
    }

    private static FrozenSet<string> BuiltinsExcept(IReadOnlyList<string> modules) =>
        PhpBuiltins.Modules
            .Where(m => !modules.Contains(m.Module))
            .SelectMany(m => m.Functions.Split(' '))
            .ToFrozenSet(StringComparer.Ordinal);

    private void FunctionName(Match m)
    {
        var name = m.Value.ToLowerInvariant();
        Token(Keywords.Contains(name) ? Keyword : _builtins.Contains(name) ? NameBuiltin : NameFunction, m.Value);
    }

    /// <summary>Rouge: the second rule of the <c>names</c> state.</summary>
    private void Identifier(Match m)
    {
        var name = m.Value.ToLowerInvariant();
        var (token, state) = name switch
        {
            "use" => (KeywordNamespace, "in_use"),
            "const" => (Keyword, "in_const"),
            "catch" => (Keyword, "in_catch"),
            "public" or "protected" or "private" => (Keyword, "in_visibility"),
            // Rouge compares the lowercased name with "stdClass", which never matches, so that case is left out.
            _ when Keywords.Contains(name) => (Keyword, null),
            _ when MagicName().IsMatch(m.Value) => (NameBuiltin, null),
            _ when ErrorConstant().IsMatch(m.Value) => (KeywordConstant, null),
            _ when ConstantName().IsMatch(m.Value) => (NameConstant, null),
            _ when ClassName().IsMatch(m.Value) => (NameClass, null),
            _ => (Name, (string?)null),
        };
        if (state is not null)
        {
            Push(state);
        }

        Token(token, m.Value);
    }

    [GeneratedRegex("^__.*?__$")]
    private static partial Regex MagicName();
    [GeneratedRegex(@"^(E|PHP)(_\p{Lu}+)+$")]
    private static partial Regex ErrorConstant();
    [GeneratedRegex(@"(\\|^)\p{Lu}[\p{Lu}\p{Nd}_]+$")]
    private static partial Regex ConstantName();
    [GeneratedRegex(@"(\\|^)\p{Lu}[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}]*?$")]
    private static partial Regex ClassName();
}
