using System.Collections.Frozen;
using System.Text.RegularExpressions;
using static Gazette.Highlighting.TokenTypes;

namespace Gazette.Highlighting.Lexers;

/// <summary>Rouge's HashiCorp Configuration Language lexer (rouge/lexers/hcl.rb), the base of the Terraform lexer.</summary>
internal partial class HclLexer : RegexLexer
{
    private static readonly FrozenSet<string> NoWords = FrozenSet<string>.Empty;

    private static readonly FrozenSet<string> HclConstants = FrozenSet.ToFrozenSet(["true", "false", "null"], StringComparer.Ordinal);

    private static readonly LexerDefinition States = BuildHcl();

    private string _heredoc = "";

    protected override LexerDefinition Definition => States;

    internal virtual FrozenSet<string> Keywords => NoWords;

    internal virtual FrozenSet<string> Declarations => NoWords;

    internal virtual FrozenSet<string> Constants => HclConstants;

    private static LexerDefinition BuildHcl()
    {
        var d = new LexerDefinitionBuilder<HclLexer>();
        DefineStates(d);
        return d.Build();
    }

    protected static void DefineStates(LexerDefinitionBuilder<HclLexer> d)
    {
        d.State("multiline_comment")
            .Rule(CommentEnd(), CommentMultiline, "#pop")
            .Rule(CommentChars(), CommentMultiline)
            .Rule(StarOrSlash(), CommentMultiline);
        d.State("comments_and_whitespace")
            .Rule(Spaces(), Text)
            .Rule(SlashComment(), CommentSingle)
            .Rule(HashComment(), CommentSingle)
            .Rule(CommentStart(), CommentMultiline, "multiline_comment");
        d.State("primitives")
            .Rule(Float(), NumFloat)
            .Rule(Integer(), NumInteger)
            .Rule(DoubleQuote(), StrDouble, "dq")
            .Rule(SingleQuote(), StrSingle, "sq")
            .Rule(HeredocStart(), (lx, m) =>
            {
                lx.Groups(m, Operator, Text, StrHeredoc, StrHeredoc, NameConstant, StrHeredoc);
                lx._heredoc = m.Groups[5].Value;
                lx.Push("heredoc");
            });
        d.State("root")
            .Mixin("comments_and_whitespace")
            .Mixin("primitives")
            .Rule(OpenBrace(), Punctuation, "hash")
            .Rule(OpenBracket(), Punctuation, "array")
            .Rule(Identifier(), (lx, m) =>
            {
                var word = m.Value;
                if (lx.Keywords.Contains(word))
                {
                    lx.Token(Keyword, word);
                    lx.Push("composite");
                }
                else if (lx.Declarations.Contains(word))
                {
                    lx.Token(KeywordDeclaration, word);
                    lx.Push("composite");
                }
                else if (lx.Constants.Contains(word))
                {
                    lx.Token(KeywordConstant, word);
                }
                else
                {
                    lx.Token(NameOther, word);
                    lx.Push("composite");
                }
            });
        d.State("composite")
            .Mixin("comments_and_whitespace")
            .Rule(OpenBrace(), (lx, m) =>
            {
                lx.Token(Punctuation, m.Value);
                lx.Pop();
                lx.Push("hash");
            })
            .Rule(OpenBracket(), (lx, m) =>
            {
                lx.Token(Punctuation, m.Value);
                lx.Pop();
                lx.Push("array");
            })
            .Mixin("root")
            .Rule(Empty(), Text, "#pop");
        d.State("hash")
            .Mixin("comments_and_whitespace")
            .Rule(EqualsSign(), Punctuation)
            .Rule(CloseBrace(), Punctuation, "#pop")
            .Mixin("root");
        d.State("array")
            .Mixin("comments_and_whitespace")
            .Rule(Comma(), Punctuation)
            .Rule(CloseBracket(), Punctuation, "#pop")
            .Mixin("root");
        d.State("dq")
            .Rule(DoubleChars(), StrDouble)
            .Rule(EscapedDoubleQuote(), StrEscape)
            .Rule(DoubleQuote(), StrDouble, "#pop");
        d.State("sq")
            .Rule(SingleChars(), StrSingle)
            .Rule(EscapedSingleQuote(), StrEscape)
            .Rule(SingleQuote(), StrSingle, "#pop");
        d.State("heredoc")
            .Rule(Newline(), StrHeredoc, "heredoc_nl")
            .Rule(HeredocChars(), StrHeredoc)
            .Rule(Dollar(), StrHeredoc);
        d.State("heredoc_nl")
            .Rule(HeredocLine(), (lx, m) =>
            {
                if (m.Groups[1].Value == lx._heredoc)
                {
                    lx.Token(NameConstant, m.Value);
                    lx.Pop(2);
                }
                else
                {
                    lx.Token(StrHeredoc, m.Value);
                }
            })
            .Rule(Empty(), (lx, _) => lx.Pop());
    }

    [GeneratedRegex(@"\G[*]/")]
    private static partial Regex CommentEnd();
    [GeneratedRegex(@"\G[^*/]+")]
    private static partial Regex CommentChars();
    [GeneratedRegex(@"\G[*/]")]
    private static partial Regex StarOrSlash();
    [GeneratedRegex(@"\G\s+")]
    protected static partial Regex Spaces();
    [GeneratedRegex(@"\G//.*?$", RegexOptions.Multiline)]
    private static partial Regex SlashComment();
    [GeneratedRegex(@"\G#.*?$", RegexOptions.Multiline)]
    private static partial Regex HashComment();
    [GeneratedRegex(@"\G/[*]")]
    private static partial Regex CommentStart();
    [GeneratedRegex(@"\G[0-9][0-9]*\.[0-9]+([eE][0-9]+)?[fd]?([kKmMgG]b?)?")]
    private static partial Regex Float();
    [GeneratedRegex(@"\G[0-9]+([kKmMgG]b?)?")]
    private static partial Regex Integer();
    [GeneratedRegex(@"\G""")]
    protected static partial Regex DoubleQuote();
    [GeneratedRegex(@"\G'")]
    protected static partial Regex SingleQuote();
    [GeneratedRegex(@"\G(<<-?)(\s*)('?)(\\?)(\w+)(\3)")]
    private static partial Regex HeredocStart();
    [GeneratedRegex(@"\G\{")]
    private static partial Regex OpenBrace();
    [GeneratedRegex(@"\G\[")]
    private static partial Regex OpenBracket();
    [GeneratedRegex(@"\G[$a-z_][a-z0-9_]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();
    [GeneratedRegex(@"\G")]
    private static partial Regex Empty();
    [GeneratedRegex(@"\G\=")]
    private static partial Regex EqualsSign();
    [GeneratedRegex(@"\G\}")]
    protected static partial Regex CloseBrace();
    [GeneratedRegex(@"\G,")]
    private static partial Regex Comma();
    [GeneratedRegex(@"\G\]")]
    private static partial Regex CloseBracket();
    [GeneratedRegex(@"\G[^\\""]+")]
    private static partial Regex DoubleChars();
    [GeneratedRegex(@"\G\\""")]
    private static partial Regex EscapedDoubleQuote();
    [GeneratedRegex(@"\G[^\\']+")]
    private static partial Regex SingleChars();
    [GeneratedRegex(@"\G\\'")]
    private static partial Regex EscapedSingleQuote();
    [GeneratedRegex(@"\G\n")]
    protected static partial Regex Newline();
    [GeneratedRegex(@"\G[^$\n]+")]
    protected static partial Regex HeredocChars();
    [GeneratedRegex(@"\G[$]")]
    protected static partial Regex Dollar();
    [GeneratedRegex(@"\G\s*(\w+)\s*\n")]
    private static partial Regex HeredocLine();
}
