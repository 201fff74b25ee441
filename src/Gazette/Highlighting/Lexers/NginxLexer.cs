using System.Text.RegularExpressions;
using static Gazette.Highlighting.TokenTypes;

namespace Gazette.Highlighting.Lexers;

/// <summary>Rouge's nginx configuration lexer (rouge/lexers/nginx.rb).</summary>
internal sealed partial class NginxLexer : RegexLexer
{
    private const string Id = @"[^\s$;{}()#]+";
    private const RegexOptions IgnoreCase = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static readonly LexerDefinition States = Define();

    protected override LexerDefinition Definition => States;

    private static LexerDefinition Define()
    {
        var d = new LexerDefinitionBuilder<NginxLexer>();
        d.State("root")
            .Rule(Include(), [Keyword, Text, Name])
            .Rule(Identifier(), Keyword, "statement")
            .Mixin("base");
        d.State("block")
            .Rule(CloseBrace(), Punctuation, "#pop")
            .Rule(Identifier(), KeywordNamespace, "statement")
            .Mixin("base");
        d.State("statement")
            .Rule(OpenBrace(), (lx, m) =>
            {
                lx.Token(Punctuation, m.Value);
                lx.Pop();
                lx.Push("block");
            })
            .Rule(Semicolon(), Punctuation, "#pop")
            .Mixin("base");
        d.State("base")
            .Rule(Spaces(), Text)
            .Rule(LineComment(), CommentSingle)
            .Rule(OnOff(), NameConstant)
            .Rule(Variable(), NameVariable)
            .Rule(HostPort(), [NameFunction, Punctuation, NumInteger])
            .Rule(MimeType(), NameClass)
            .Rule(Size(), NumInteger)
            .Rule(RegexMatch(), [Punctuation, Text, StrRegex])
            .Rule(PunctuationChar(), Punctuation)
            .Rule(Path(), Name)
            .Rule(CatchAll(), Str)
            .Rule(DollarOrSemicolon(), Text);
        return d.Build();
    }

    [GeneratedRegex(@"\G(include)(\s+)([^\s;]+)")]
    private static partial Regex Include();
    [GeneratedRegex(@"\G" + Id)]
    private static partial Regex Identifier();
    [GeneratedRegex(@"\G}")]
    private static partial Regex CloseBrace();
    [GeneratedRegex(@"\G{")]
    private static partial Regex OpenBrace();
    [GeneratedRegex(@"\G;")]
    private static partial Regex Semicolon();
    [GeneratedRegex(@"\G\s+")]
    private static partial Regex Spaces();
    [GeneratedRegex(@"\G#.*")]
    private static partial Regex LineComment();
    [GeneratedRegex(@"\G(?:on|off)\b")]
    private static partial Regex OnOff();
    [GeneratedRegex(@"\G[$][\w-]+")]
    private static partial Regex Variable();
    [GeneratedRegex(@"\G([a-z0-9.-]+)(:)([0-9]+)", IgnoreCase)]
    private static partial Regex HostPort();
    [GeneratedRegex(@"\G[a-z-]+/[a-z-]+", IgnoreCase)]
    private static partial Regex MimeType();
    [GeneratedRegex(@"\G[0-9]+[kmg]?\b", IgnoreCase)]
    private static partial Regex Size();
    [GeneratedRegex(@"\G(~)(\s*)([^\s{]+)")]
    private static partial Regex RegexMatch();
    [GeneratedRegex(@"\G[:=~]")]
    private static partial Regex PunctuationChar();
    [GeneratedRegex(@"\G/(?:" + Id + ")?")]
    private static partial Regex Path();
    [GeneratedRegex(@"\G[^#\s;{}$\\]+")]
    private static partial Regex CatchAll();
    [GeneratedRegex(@"\G[$;]")]
    private static partial Regex DollarOrSemicolon();
}
