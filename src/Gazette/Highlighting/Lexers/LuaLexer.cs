using System.Collections.Frozen;
using System.Text.RegularExpressions;
using static Gazette.Highlighting.TokenTypes;

namespace Gazette.Highlighting.Lexers;

/// <summary>
/// Rouge's Lua lexer (rouge/lexers/lua.rb). Option <c>disabled_modules</c>: builtins of modules it names are not
/// highlighted (Rouge tests the option's text with <c>include?</c>). Rouge reads <c>function_highlighting</c> from a
/// language query as a string, which is always true, so it changes nothing here either.
/// </summary>
internal sealed partial class LuaLexer : RegexLexer
{
    private static readonly FrozenSet<string> AllBuiltins = BuiltinsExcept("");

    private static readonly LexerDefinition States = Define();

    private readonly FrozenSet<string> _builtins;

    public LuaLexer(LexerOptions options)
    {
        var disabled = options.String("disabled_modules");
        _builtins = string.IsNullOrEmpty(disabled) ? AllBuiltins : BuiltinsExcept(disabled);
    }

    protected override LexerDefinition Definition => States;

    private static FrozenSet<string> BuiltinsExcept(string disabled) =>
        LuaBuiltins.Modules
            .Where(m => disabled.Length == 0 || !disabled.Contains(m.Module, StringComparison.Ordinal))
            .SelectMany(m => m.Names.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToFrozenSet(StringComparer.Ordinal);

    private static LexerDefinition Define()
    {
        var d = new LexerDefinitionBuilder<LuaLexer>();
        d.State("root")
            .Rule(Shebang(), CommentPreproc)
            .Rule(Empty(), Text, "base");
        d.State("base")
            .Rule(LongComment(), CommentMultiline)
            .Rule(LineComment(), CommentSingle)
            .Rule(Float(), NumFloat)
            .Rule(ExponentInteger(), NumFloat)
            .Rule(Hex(), NumHex)
            .Rule(Integer(), NumInteger)
            .Rule(Newline(), Text)
            .Rule(Blank(), Text)
            .Rule(LongString(), Str)
            .Rule(OperatorPattern(), Operator)
            .Rule(PunctuationChar(), Punctuation)
            .Rule(WordOperator(), OperatorWord)
            .Rule(KeywordPattern(), Keyword)
            .Rule(Local(), KeywordDeclaration)
            .Rule(Constant(), KeywordConstant)
            .Rule(Function(), Keyword, "function_name")
            .Rule(NamePattern(), (lx, m) =>
            {
                var name = m.Value;
                if (name == "gsub")
                {
                    lx.Token(NameBuiltin, name);
                    lx.Push("gsub");
                }
                else if (lx._builtins.Contains(name))
                {
                    lx.Token(NameBuiltin, name);
                }
                else if (name.Contains('.', StringComparison.Ordinal))
                {
                    var dot = name.IndexOf('.', StringComparison.Ordinal);
                    lx.Token(Name, name[..dot]);
                    lx.Token(Punctuation, ".");
                    lx.Token(Name, name[(dot + 1)..]);
                }
                else
                {
                    lx.Token(Name, name);
                }
            })
            .Rule(SingleQuote(), StrSingle, "escape_sqs")
            .Rule(DoubleQuote(), StrDouble, "escape_dqs");
        d.State("function_name")
            .Rule(Spaces(), Text)
            .Rule(FunctionName(), (lx, m) =>
            {
                lx.Groups(m, NameClass, Punctuation, NameFunction);
                lx.Pop();
            })
            .Rule(OpenParen(), Punctuation, "#pop");
        d.State("gsub")
            .Rule(CloseParen(), Punctuation, "#pop")
            .Rule(OpenParenOrComma(), Punctuation)
            .Rule(Spaces(), Text)
            .Rule(DoubleQuote(), StrRegex, "regex");
        d.State("regex")
            .Rule(DoubleQuote(), (lx, m) =>
            {
                lx.Token(StrRegex, m.Value);
                lx.Goto("regex_end");
            })
            .Rule(GroupStart(), StrEscape, "regex_group")
            .Rule(EscapedChar(), StrEscape)
            .Rule(SpecialGroup(), StrEscape)
            .Rule(Repetition(), StrEscape)
            .Rule(RegexMeta(), StrEscape)
            .Rule(AnyChar(), StrRegex);
        d.State("regex_end")
            .Rule(Dollars(), StrRegex, "#pop")
            .Rule(Empty(), (lx, _) => lx.Pop());
        d.State("regex_group")
            .Rule(Slash(), StrEscape)
            .Rule(CloseBracket(), StrEscape, "#pop")
            .Rule(EscapePair(), [StrEscape, StrRegex])
            .Rule(AnyChar(), StrRegex);
        d.State("escape_sqs")
            .Mixin("string_escape")
            .Mixin("sqs");
        d.State("escape_dqs")
            .Mixin("string_escape")
            .Mixin("dqs");
        d.State("string_escape")
            .Rule(StringEscape(), StrEscape);
        d.State("sqs")
            .Rule(SingleQuote(), StrSingle, "#pop")
            .Rule(SingleChars(), StrSingle);
        d.State("dqs")
            .Rule(DoubleQuote(), StrDouble, "#pop")
            .Rule(DoubleChars(), StrDouble);
        return d.Build();
    }

    private const RegexOptions IgnoreCase = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\G#!(.*?)$", RegexOptions.Multiline)]
    private static partial Regex Shebang();
    [GeneratedRegex(@"\G")]
    private static partial Regex Empty();
    [GeneratedRegex(@"\G--\[(=*)\[.*?\]\1\]", RegexOptions.Singleline)]
    private static partial Regex LongComment();
    [GeneratedRegex(@"\G--.*$", RegexOptions.Multiline)]
    private static partial Regex LineComment();
    // Rouge's pattern ends with a stray quote, so a float is only found right before one.
    [GeneratedRegex(@"\G(\d*\.\d+|\d+\.\d*)(e[+-]?\d+)?'", IgnoreCase)]
    private static partial Regex Float();
    [GeneratedRegex(@"\G\d+e[+-]?\d+", IgnoreCase)]
    private static partial Regex ExponentInteger();
    [GeneratedRegex(@"\G0x[0-9a-f]*", IgnoreCase)]
    private static partial Regex Hex();
    [GeneratedRegex(@"\G\d+")]
    private static partial Regex Integer();
    [GeneratedRegex(@"\G\n")]
    private static partial Regex Newline();
    [GeneratedRegex(@"\G[^\S\n]")]
    private static partial Regex Blank();
    [GeneratedRegex(@"\G\[(=*)\[.*?\]\1\]", RegexOptions.Singleline)]
    private static partial Regex LongString();
    [GeneratedRegex(@"\G(==|~=|<=|>=|\.\.\.|\.\.|[=+\-*/%^<>#])")]
    private static partial Regex OperatorPattern();
    [GeneratedRegex(@"\G[\[\]\{\}\(\)\.,:;]")]
    private static partial Regex PunctuationChar();
    [GeneratedRegex(@"\G(and|or|not)\b")]
    private static partial Regex WordOperator();
    [GeneratedRegex(@"\G(break|do|else|elseif|end|for|if|in|repeat|return|then|until|while)\b")]
    private static partial Regex KeywordPattern();
    [GeneratedRegex(@"\G(local)\b")]
    private static partial Regex Local();
    [GeneratedRegex(@"\G(true|false|nil)\b")]
    private static partial Regex Constant();
    [GeneratedRegex(@"\G(function)\b")]
    private static partial Regex Function();
    [GeneratedRegex(@"\G[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?")]
    private static partial Regex NamePattern();
    [GeneratedRegex(@"\G'")]
    private static partial Regex SingleQuote();
    [GeneratedRegex(@"\G""")]
    private static partial Regex DoubleQuote();
    [GeneratedRegex(@"\G\s+")]
    private static partial Regex Spaces();
    [GeneratedRegex(@"\G(?:([A-Za-z_][A-Za-z0-9_]*)(\.))?([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex FunctionName();
    [GeneratedRegex(@"\G\(")]
    private static partial Regex OpenParen();
    [GeneratedRegex(@"\G\)")]
    private static partial Regex CloseParen();
    [GeneratedRegex(@"\G[(,]")]
    private static partial Regex OpenParenOrComma();
    [GeneratedRegex(@"\G\[\^?")]
    private static partial Regex GroupStart();
    [GeneratedRegex(@"\G\\.")]
    private static partial Regex EscapedChar();
    [GeneratedRegex(@"\G[(][?][:=<!]")]
    private static partial Regex SpecialGroup();
    [GeneratedRegex(@"\G[{][\d,]+[}]")]
    private static partial Regex Repetition();
    [GeneratedRegex(@"\G[()?]")]
    private static partial Regex RegexMeta();
    [GeneratedRegex(@"\G.")]
    private static partial Regex AnyChar();
    [GeneratedRegex(@"\G[$]+")]
    private static partial Regex Dollars();
    [GeneratedRegex(@"\G/")]
    private static partial Regex Slash();
    [GeneratedRegex(@"\G\]")]
    private static partial Regex CloseBracket();
    [GeneratedRegex(@"\G(\\)(.)")]
    private static partial Regex EscapePair();
    [GeneratedRegex(@"\G\\([abfnrtv\\""']|\d{1,3})")]
    private static partial Regex StringEscape();
    [GeneratedRegex(@"\G[^']+")]
    private static partial Regex SingleChars();
    [GeneratedRegex(@"\G[^""]+")]
    private static partial Regex DoubleChars();
}
