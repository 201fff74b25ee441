using System.Text.RegularExpressions;
using static Gazette.Highlighting.TokenTypes;

namespace Gazette.Highlighting.Lexers;

/// <summary>Rouge's Dockerfile lexer (rouge/lexers/docker.rb); RUN commands go to the shell lexer.</summary>
internal sealed partial class DockerLexer : RegexLexer
{
    private const string Keywords =
        "FROM|MAINTAINER|CMD|LABEL|EXPOSE|ENV|ADD|COPY|ENTRYPOINT|VOLUME|USER|WORKDIR|ARG|STOPSIGNAL|HEALTHCHECK|SHELL";

    private const RegexOptions LineIgnoreCase = RegexOptions.Multiline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static readonly LexerDefinition States = Define();

    private ShellLexer _shell = new();

    protected override LexerDefinition Definition => States;

    protected override void OnStart() => _shell = new ShellLexer();

    private static LexerDefinition Define()
    {
        var d = new LexerDefinitionBuilder<DockerLexer>();
        d.State("root")
            .Rule(Spaces(), Text)
            .Rule(FromAs(), [Keyword, Whitespace, Str, Whitespace, Keyword, Whitespace, Str])
            .Rule(OnBuild(), [Keyword, Whitespace, Keyword, Str])
            .Rule(Instruction(), [Keyword, Str])
            .Rule(HashComment(), Comment)
            .Rule(Run(), (lx, m) =>
            {
                lx.Token(Keyword, m.Value);
                lx.Push("run");
                lx._shell.Reset();
            })
            .Rule(Word(), Text)
            .Rule(NonWord(), Text)
            .Rule(AnyChar(), Text);
        d.State("run")
            .Rule(Newline(), Text, "#pop")
            .Rule(Escape(), StrEscape)
            .Rule(Command(), (lx, m) => lx.Delegate(lx._shell, m.Value));
        return d.Build();
    }

    [GeneratedRegex(@"\G\s+")]
    private static partial Regex Spaces();
    [GeneratedRegex(@"\G^(FROM)(\s+)(.*)(\s+)(AS)(\s+)(.*)", LineIgnoreCase)]
    private static partial Regex FromAs();
    [GeneratedRegex(@"\G^(ONBUILD)(\s+)(" + Keywords + @")(.*)", LineIgnoreCase)]
    private static partial Regex OnBuild();
    [GeneratedRegex(@"\G^(" + Keywords + @")\b(.*)", LineIgnoreCase)]
    private static partial Regex Instruction();
    [GeneratedRegex(@"\G#.*?$", RegexOptions.Multiline)]
    private static partial Regex HashComment();
    [GeneratedRegex(@"\G^(ONBUILD\s+)?RUN(\s+)", LineIgnoreCase)]
    private static partial Regex Run();
    [GeneratedRegex(@"\G\w+")]
    private static partial Regex Word();
    [GeneratedRegex(@"\G[^\w]+")]
    private static partial Regex NonWord();
    [GeneratedRegex(@"\G.")]
    private static partial Regex AnyChar();
    [GeneratedRegex(@"\G\n")]
    private static partial Regex Newline();
    [GeneratedRegex(@"\G\\.", RegexOptions.Singleline)]
    private static partial Regex Escape();
    [GeneratedRegex(@"\G(\\.|[^\n\\])+")]
    private static partial Regex Command();
}
