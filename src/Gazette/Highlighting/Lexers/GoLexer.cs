using System.Text.RegularExpressions;
using static Gazette.Highlighting.TokenTypes;

namespace Gazette.Highlighting.Lexers;

/// <summary>Rouge's Go lexer (rouge/lexers/go.rb).</summary>
internal sealed partial class GoLexer : RegexLexer
{
    private const string KeywordPattern =
        @"\b(?:break|default|func|interface|select|case|defer|go|map|struct|chan|else|goto|package|switch|const"
        + @"|fallthrough|if|range|type|continue|for|import|return|var)\b";

    // Ruby's [[:alpha:]] and [[:digit:]] on UTF-8 text.
    private const string Letter = @"(?:[\p{L}\p{Nl}\p{Mn}\p{Mc}]|_)";
    private const string Decimals = "(?:[0-9])+";
    private const string Exponent = @"[eE][+\-]?" + Decimals;
    private const string FloatPattern =
        Decimals + @"\.(?:" + Decimals + ")?(?:" + Exponent + ")?|" + Decimals + "(?:" + Exponent + @")|\." + Decimals
        + "(?:" + Exponent + ")?";

    private static readonly LexerDefinition States = Define();

    protected override LexerDefinition Definition => States;

    private static LexerDefinition Define()
    {
        var d = new LexerDefinitionBuilder<GoLexer>();
        d.State("simple_tokens")
            .Rule(CommentPattern(), Comment)
            .Rule(Keyword(), TokenTypes.Keyword)
            .Rule(PredeclaredType(), KeywordType)
            .Rule(PredeclaredFunction(), NameBuiltin)
            .Rule(PredeclaredConstant(), NameConstant)
            .Rule(Imaginary(), Num)
            .Rule(Float(), Num)
            .Rule(Integer(), Num)
            .Rule(CharLiteral(), StrChar)
            .Rule(OperatorPattern(), Operator)
            .Rule(Separator(), Punctuation)
            .Rule(Identifier(), Name)
            .Rule(Spaces(), Text);
        d.State("root")
            .Mixin("simple_tokens")
            .Rule(Backtick(), Str, "raw_string")
            .Rule(Quote(), Str, "interpreted_string");
        d.State("interpreted_string")
            .Rule(EscapeSequence(), StrEscape)
            .Rule(EscapedChar(), Error)
            .Rule(Quote(), Str, "#pop")
            .Rule(StringChars(), Str);
        d.State("raw_string")
            .Rule(Backtick(), Str, "#pop")
            .Rule(RawChars(), Str);
        return d.Build();
    }

    [GeneratedRegex(@"\G(?://(?:(?!\n).)*|(?s:/\*(?:(?!\*/).)*\*/))")]
    private static partial Regex CommentPattern();
    [GeneratedRegex(@"\G" + KeywordPattern)]
    private static partial Regex Keyword();
    [GeneratedRegex(@"\G\b(?:bool|byte|complex64|complex128|error|float32|float64|int8|int16|int32|int64|int|rune|string|uint8|uint16|uint32|uint64|uintptr|uint)\b")]
    private static partial Regex PredeclaredType();
    [GeneratedRegex(@"\G\b(?:append|cap|close|complex|copy|delete|imag|len|make|new|panic|print|println|real|recover)\b")]
    private static partial Regex PredeclaredFunction();
    [GeneratedRegex(@"\G\b(?:true|false|iota|nil)\b")]
    private static partial Regex PredeclaredConstant();
    [GeneratedRegex(@"\G(?:" + Decimals + "|(?:" + FloatPattern + "))i")]
    private static partial Regex Imaginary();
    [GeneratedRegex(@"\G(?:" + FloatPattern + ")")]
    private static partial Regex Float();
    [GeneratedRegex(@"\G(?:0[xX](?:[0-9A-Fa-f])+|[0-9](?:[0-9])*|0(?:[0-7])*)")]
    private static partial Regex Integer();
    [GeneratedRegex(@"\G'(?:(?:[^\n]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}|\\[abfnrtv\\'""])|(?:\\[0-7]{3}|\\x[0-9A-Fa-f]{2}))'")]
    private static partial Regex CharLiteral();
    [GeneratedRegex(@"\G(?:\+=|\+\+|\+|&\^=|&\^|&=|&&|&|==|=|\!=|\!|-=|--|-|\|=|\|\||\||<=|<-|<<=|<<|<|\*=|\*|\^=|\^|>>=|>>|>=|>|\/|\/=|:=|%|%=|\.\.\.|\.|:)")]
    private static partial Regex OperatorPattern();
    [GeneratedRegex(@"\G(?:\(|\)|\[|\]|\{|\}|,|;)")]
    private static partial Regex Separator();
    [GeneratedRegex(@"\G(?!" + KeywordPattern + ")" + Letter + "(?:" + Letter + @"|\p{Nd})*")]
    private static partial Regex Identifier();
    [GeneratedRegex(@"\G\s+")]
    private static partial Regex Spaces();
    [GeneratedRegex(@"\G`")]
    private static partial Regex Backtick();
    [GeneratedRegex(@"\G""")]
    private static partial Regex Quote();
    [GeneratedRegex(@"\G(?:\\[abfnrtv\\'""]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}|\\x[0-9A-Fa-f]{2})")]
    private static partial Regex EscapeSequence();
    [GeneratedRegex(@"\G\\.")]
    private static partial Regex EscapedChar();
    [GeneratedRegex(@"\G[^""\\]+")]
    private static partial Regex StringChars();
    [GeneratedRegex(@"\G[^`]+")]
    private static partial Regex RawChars();
}
