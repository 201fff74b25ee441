using System.Text.RegularExpressions;
using static Gazette.Highlighting.TokenTypes;

namespace Gazette.Highlighting.Lexers;

/// <summary>Rouge's Makefile lexer (rouge/lexers/make.rb); recipe lines go to a shell lexer that keeps its state.</summary>
internal sealed partial class MakeLexer : RegexLexer
{
    private const string Functions =
        "abspath|addprefix|addsuffix|and|basename|call|dir|error|eval|file|filter|filter-out|findstring|firstword"
        + "|flavor|foreach|if|join|lastword|notdir|or|origin|patsubst|realpath|shell|sort|strip|subst|suffix|value"
        + "|warning|wildcard|word|wordlist|words";

    private const string Stop = @"\$\(|\$\{|\(|\)|\}|\\|$";

    private static readonly LexerDefinition States = Define();

    private readonly ShellLexer _shell = new();

    protected override LexerDefinition Definition => States;

    protected override void OnStart() => _shell.Reset();

    private static LexerDefinition Define()
    {
        var d = new LexerDefinitionBuilder<MakeLexer>();
        d.State("root")
            .Rule(Spaces(), Text)
            .Rule(LineComment(), Comment)
            .Rule(Include(), [Keyword, StrOther])
            .Rule(Conditional(), [Keyword, Text, NameVariable])
            .Rule(ElseEndif(), Keyword)
            .Rule(ExportList(), [Keyword, Text], "export")
            .Rule(Export(), Keyword)
            .Rule(Assignment(), [NameVariable, Text, Operator], "shell_line")
            .Rule(DoubleQuoted(), StrDouble)
            .Rule(SingleQuoted(), StrSingle)
            .Rule(Target(), [NameLabel, Operator, Text], "block_header");
        d.State("export")
            .Rule(ExportChar(), NameVariable)
            .Rule(Newline(), Text, "#pop")
            .Rule(Blanks(), Text);
        d.State("block_header")
            .Rule(Prerequisites(), NameFunction)
            .Rule(Comma(), Punctuation)
            .Rule(HashOnly(), Comment)
            .Rule(EscapedNewline(), Text)
            .Rule(EscapedChar(), Text)
            .Rule(Newline(), (lx, m) =>
            {
                lx.Token(Text, m.Value);
                lx.Goto("block_body");
            });
        d.State("block_body")
            .Rule(BodyConditional(), [Keyword, Text, NameVariable, Comment, Text])
            .Rule(BodyElseEndif(), [Keyword, Text, Comment, Text])
            .Rule(RecipeStart(), [Text, Punctuation], "shell_line")
            .Rule(Empty(), (lx, _) =>
            {
                lx._shell.Reset();
                lx.Pop();
            });
        d.State("shell")
            .Rule(MacroInterpolation(), NameVariable)
            .Rule(FunctionCall(), [NameFunction, Text, NameBuiltin, Text], "shell_expr")
            .Rule(ShellEscape(), (lx, m) => lx.Delegate(lx._shell, m.Value))
            .Rule(ShellText(), (lx, m) => lx.Delegate(lx._shell, m.Value))
            .Rule(ShellStop(), (lx, m) => lx.Delegate(lx._shell, m.Value));
        d.State("shell_expr")
            .Rule(OpenParen(), (lx, m) =>
            {
                lx.Delegate(lx._shell, m.Value);
                lx.PushCurrent();
            })
            .Rule(CloseParen(), NameFunction, "#pop")
            .Mixin("shell");
        d.State("shell_line")
            .Rule(Newline(), Text, "#pop")
            .Mixin("shell");
        return d.Build();
    }

    [GeneratedRegex(@"\G\s+")]
    private static partial Regex Spaces();
    [GeneratedRegex(@"\G#.*?\n")]
    private static partial Regex LineComment();
    [GeneratedRegex(@"\G([-s]?include)((?:[\t ]+[^\t\n #]+)+)")]
    private static partial Regex Include();
    [GeneratedRegex(@"\G(ifn?def|ifn?eq)([\t ]+)([^#\n]+)")]
    private static partial Regex Conditional();
    [GeneratedRegex(@"\G(?:else|endif)[\t ]*(?=[#\n])")]
    private static partial Regex ElseEndif();
    [GeneratedRegex(@"\G(export)([\t ]+)(?=[\w\${}()\t -]+\n)")]
    private static partial Regex ExportList();
    [GeneratedRegex(@"\Gexport[\t ]+")]
    private static partial Regex Export();
    [GeneratedRegex(@"\G([\w${}().-]+)([\t ]*)([!?:+]?=)", RegexOptions.Singleline)]
    private static partial Regex Assignment();
    [GeneratedRegex(@"\G""(\\\\|\\.|[^""\\])*""")]
    private static partial Regex DoubleQuoted();
    [GeneratedRegex(@"\G'(\\\\|\\.|[^'\\])*'")]
    private static partial Regex SingleQuoted();
    [GeneratedRegex(@"\G([^\n:]+)(:+)([ \t]*)")]
    private static partial Regex Target();
    [GeneratedRegex(@"\G[\w\${}()-]")]
    private static partial Regex ExportChar();
    [GeneratedRegex(@"\G\n")]
    private static partial Regex Newline();
    [GeneratedRegex(@"\G[\t ]+")]
    private static partial Regex Blanks();
    [GeneratedRegex(@"\G[^,\\\n#]+")]
    private static partial Regex Prerequisites();
    [GeneratedRegex(@"\G,")]
    private static partial Regex Comma();
    [GeneratedRegex(@"\G#.*?")]
    private static partial Regex HashOnly();
    [GeneratedRegex(@"\G\\\n")]
    private static partial Regex EscapedNewline();
    [GeneratedRegex(@"\G\\.")]
    private static partial Regex EscapedChar();
    [GeneratedRegex(@"\G(ifn?def|ifn?eq)([\t ]+)([^#\n]+)(#.*)?(\n)")]
    private static partial Regex BodyConditional();
    [GeneratedRegex(@"\G(else|endif)([\t ]*)(#.*)?(\n)")]
    private static partial Regex BodyElseEndif();
    [GeneratedRegex(@"\G(\t[\t ]*)([@-]?)")]
    private static partial Regex RecipeStart();
    [GeneratedRegex(@"\G")]
    private static partial Regex Empty();
    [GeneratedRegex(@"\G\$[({][\t ]*\w[\w:=%.]*[\t ]*[)}]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MacroInterpolation();
    [GeneratedRegex(@"\G(\$[({])([\t ]*)(" + Functions + @")([\t ]+)", RegexOptions.Singleline)]
    private static partial Regex FunctionCall();
    [GeneratedRegex(@"\G\\.", RegexOptions.Singleline)]
    private static partial Regex ShellEscape();
    [GeneratedRegex(@"\G.+?(?=" + Stop + ")", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex ShellText();
    [GeneratedRegex(@"\G(?:" + Stop + ")", RegexOptions.Multiline)]
    private static partial Regex ShellStop();
    [GeneratedRegex(@"\G[({]")]
    private static partial Regex OpenParen();
    [GeneratedRegex(@"\G[)}]")]
    private static partial Regex CloseParen();
}
