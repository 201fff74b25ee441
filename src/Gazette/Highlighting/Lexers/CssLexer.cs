using System.Text.RegularExpressions;
using static Gazette.Highlighting.TokenTypes;

namespace Gazette.Highlighting.Lexers;

/// <summary>Rouge's CSS lexer (rouge/lexers/css.rb).</summary>
internal sealed partial class CssLexer : RegexLexer
{
    private const string Identifier = @"[\p{L}_-][\p{L}\p{M}\p{Nd}\p{Pc}\p{Cf}-]*";
    private const string Number = @"-?(?:[0-9]+(\.[0-9]+)?|\.[0-9]+)";
    private const string Units = "em|px|pt|pc|in|mm|cm|ex|rem|ch|vw|vh|vmin|vmax|dpi|dpcm|dppx|deg|grad|rad|turn|s|ms|Hz|kHz";

    private static readonly LexerDefinition States = Define();

    protected override LexerDefinition Definition => States;

    private static LexerDefinition Define()
    {
        var d = new LexerDefinitionBuilder<CssLexer>();
        d.State("root")
            .Mixin("basics")
            .Rule(OpenBrace(), Punctuation, "stanza")
            .Rule(PseudoClass(), NameDecorator)
            .Rule(ClassName(), NameClass)
            .Rule(IdName(), NameFunction)
            .Rule(AtKeyword(), Keyword, "at_rule")
            .Rule(Ident(), NameTag)
            .Rule(OperatorChar(), Operator)
            .Rule(DoubleQuoted(), StrSingle)
            .Rule(SingleQuoted(), StrDouble);
        d.State("value")
            .Mixin("basics")
            .Rule(Url(), StrOther)
            .Rule(Color(), Num)
            .Rule(Dimension(), Num)
            .Rule(ValuePunctuation(), Punctuation)
            .Rule(DoubleQuoted(), StrSingle)
            .Rule(SingleQuoted(), StrDouble)
            .Rule(Ident(), (lx, m) => lx.Token(
                CssWords.Constants.Contains(m.Value) ? NameConstant
                : CssWords.Builtins.Contains(m.Value) ? NameBuiltin
                : Name,
                m.Value));
        d.State("at_rule")
            .Rule(StanzaBrace(), Punctuation, "at_stanza")
            .Rule(OpenBrace(), Punctuation, "at_body")
            .Rule(Semicolon(), Punctuation, "#pop")
            .Mixin("value");
        d.State("at_body")
            .Mixin("at_content")
            .Mixin("root");
        d.State("at_stanza")
            .Mixin("at_content")
            .Mixin("stanza");
        d.State("at_content").Rule(CloseBrace(), (lx, m) =>
        {
            lx.Token(Punctuation, m.Value);
            lx.Pop(2);
        });
        d.State("basics")
            .Rule(Spaces(), Text)
            .Rule(BlockComment(), Comment);
        d.State("stanza")
            .Mixin("basics")
            .Rule(CloseBrace(), Punctuation, "#pop")
            .Rule(Property(), (lx, m) =>
            {
                var name = m.Groups[1].Value;
                var known = CssWords.Attributes.Contains(name)
                    || Array.Exists(CssWords.VendorPrefixes, p => name.StartsWith(p, StringComparison.Ordinal));
                lx.Groups(m, known ? NameLabel : NameProperty, Text, Punctuation);
                lx.Push("stanza_value");
            });
        d.State("stanza_value")
            .Rule(Semicolon(), Punctuation, "#pop")
            .Rule(BeforeCloseBrace(), (lx, _) => lx.Pop())
            .Rule(Important(), CommentPreproc)
            .Rule(AtLine(), CommentPreproc)
            .Mixin("value");
        return d.Build();
    }

    [GeneratedRegex(@"\G\{")]
    private static partial Regex OpenBrace();
    [GeneratedRegex(@"\G}")]
    private static partial Regex CloseBrace();
    [GeneratedRegex(@"\G:[:]?" + Identifier)]
    private static partial Regex PseudoClass();
    [GeneratedRegex(@"\G\." + Identifier)]
    private static partial Regex ClassName();
    [GeneratedRegex(@"\G#" + Identifier)]
    private static partial Regex IdName();
    [GeneratedRegex(@"\G@" + Identifier)]
    private static partial Regex AtKeyword();
    [GeneratedRegex(@"\G" + Identifier)]
    private static partial Regex Ident();
    [GeneratedRegex(@"\G[~^*!%&\[\]()<>|+=@:;,./?-]")]
    private static partial Regex OperatorChar();
    [GeneratedRegex(@"\G""(\\\\|\\""|[^""])*""")]
    private static partial Regex DoubleQuoted();
    [GeneratedRegex(@"\G'(\\\\|\\'|[^'])*'")]
    private static partial Regex SingleQuoted();
    [GeneratedRegex(@"\Gurl\(.*?\)")]
    private static partial Regex Url();
    [GeneratedRegex(@"\G#[0-9a-f]{1,6}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Color();
    [GeneratedRegex(@"\G" + Number + @"(?:%|(?:" + Units + @")\b)?")]
    private static partial Regex Dimension();
    [GeneratedRegex(@"\G[\[\]():\/.,]")]
    private static partial Regex ValuePunctuation();
    [GeneratedRegex(@"\G\{(?=\s*" + Identifier + @"\s*:)")]
    private static partial Regex StanzaBrace();
    [GeneratedRegex(@"\G;")]
    private static partial Regex Semicolon();
    [GeneratedRegex(@"\G\s+")]
    private static partial Regex Spaces();
    [GeneratedRegex(@"\G/\*(?:.*?)\*/", RegexOptions.Singleline)]
    private static partial Regex BlockComment();
    [GeneratedRegex(@"\G(" + Identifier + @")(\s*)(:)")]
    private static partial Regex Property();
    [GeneratedRegex(@"\G(?=})")]
    private static partial Regex BeforeCloseBrace();
    [GeneratedRegex(@"\G!\s*important\b")]
    private static partial Regex Important();
    [GeneratedRegex(@"\G^@.*?$", RegexOptions.Multiline)]
    private static partial Regex AtLine();
}
