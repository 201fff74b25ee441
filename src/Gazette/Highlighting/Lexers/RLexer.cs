using System.Collections.Frozen;
using System.Text.RegularExpressions;
using static Gazette.Highlighting.TokenTypes;

namespace Gazette.Highlighting.Lexers;

/// <summary>Rouge's R lexer (rouge/lexers/r.rb).</summary>
internal sealed partial class RLexer : RegexLexer
{
    private const string PrimitiveFunctions =
        @"abs|acos|acosh|all|any|anyNA|Arg|as\.call|as\.character|as\.complex|as\.double|as\.environment|as\.integer"
        + @"|as\.logical|as\.null\.default|as\.numeric|as\.raw|asin|asinh|atan|atanh|attr|attributes|baseenv|browser|c"
        + @"|call|ceiling|class|Conj|cos|cosh|cospi|cummax|cummin|cumprod|cumsum|digamma|dim|dimnames|emptyenv|exp"
        + @"|expression|floor|forceAndCall|gamma|gc\.time|globalenv|Im|interactive|invisible|is\.array|is\.atomic"
        + @"|is\.call|is\.character|is\.complex|is\.double|is\.environment|is\.expression|is\.finite|is\.function"
        + @"|is\.infinite|is\.integer|is\.language|is\.list|is\.logical|is\.matrix|is\.na|is\.name|is\.nan|is\.null"
        + @"|is\.numeric|is\.object|is\.pairlist|is\.raw|is\.recursive|is\.single|is\.symbol|lazyLoadDBfetch|length"
        + @"|lgamma|list|log|max|min|missing|Mod|names|nargs|nzchar|oldClass|on\.exit|pos\.to\.env|proc\.time|prod"
        + @"|quote|range|Re|rep|retracemem|return|round|seq_along|seq_len|seq\.int|sign|signif|sin|sinh|sinpi|sqrt"
        + @"|standardGeneric|substitute|sum|switch|tan|tanh|tanpi|tracemem|trigamma|trunc|unclass|untracemem"
        + @"|UseMethod|xtfrm";

    // Ruby's [[:alpha:]] and [[:alnum:]].
    private const string Alpha = @"\p{L}\p{Nl}";
    private const string Alnum = @"\p{L}\p{Nl}\p{Nd}";

    private static readonly FrozenSet<string> Keywords = Words("if else for while repeat in next break function");
    private static readonly FrozenSet<string> KeywordConstants = Words("NULL Inf TRUE FALSE NaN NA NA_integer_ NA_real_ NA_complex_ NA_character_");
    private static readonly FrozenSet<string> BuiltinConstants = Words("LETTERS letters month.abb month.name pi T F");

    private static readonly LexerDefinition States = Define();

    protected override LexerDefinition Definition => States;

    private static FrozenSet<string> Words(string words) => words.Split(' ').ToFrozenSet(StringComparer.Ordinal);

    private static LexerDefinition Define()
    {
        var d = new LexerDefinitionBuilder<RLexer>();
        d.State("root")
            .Rule(DocComment(), CommentDoc)
            .Rule(LineComment(), CommentSingle)
            .Rule(Spaces(), Whitespace)
            .Rule(Backticked(), Name)
            .Rule(SingleQuoted(), StrSingle)
            .Rule(DoubleQuoted(), StrDouble)
            .Rule(InfixOperator(), Operator)
            .Rule(Hex(), NumHex)
            .Rule(Number(), Num)
            .Rule(Primitive(), NameFunction)
            .Rule(Identifier(), (lx, m) =>
            {
                var word = m.Value;
                var token = Keywords.Contains(word) ? Keyword
                    : KeywordConstants.Contains(word) ? KeywordConstant
                    : BuiltinConstants.Contains(word) ? NameBuiltin
                    : Name;
                lx.Token(token, word);
            })
            .Rule(PunctuationChar(), Punctuation)
            .Rule(OperatorChar(), Operator);
        return d.Build();
    }

    [GeneratedRegex(@"\G#'.*?$", RegexOptions.Multiline)]
    private static partial Regex DocComment();
    [GeneratedRegex(@"\G#.*?$", RegexOptions.Multiline)]
    private static partial Regex LineComment();
    [GeneratedRegex(@"\G\s+", RegexOptions.Singleline)]
    private static partial Regex Spaces();
    [GeneratedRegex(@"\G`[^`]+?`")]
    private static partial Regex Backticked();
    [GeneratedRegex(@"\G'(\\.|.)*?'", RegexOptions.Singleline)]
    private static partial Regex SingleQuoted();
    [GeneratedRegex(@"\G""(\\.|.)*?""", RegexOptions.Singleline)]
    private static partial Regex DoubleQuoted();
    [GeneratedRegex(@"\G%[^%]*?%")]
    private static partial Regex InfixOperator();
    [GeneratedRegex(@"\G0[xX][a-fA-F0-9]+([pP][0-9]+)?[Li]?")]
    private static partial Regex Hex();
    [GeneratedRegex(@"\G[+-]?(\d+([.]\d+)?|[.]\d+)([eE][+-]?\d+)?[Li]?")]
    private static partial Regex Number();
    [GeneratedRegex(@"\G\b(?<!.)(" + PrimitiveFunctions + @")(?=\()")]
    private static partial Regex Primitive();
    [GeneratedRegex(@"\G(?:(?:(?:[" + Alpha + "]|[.][._" + Alpha + "])[._" + Alnum + "]*)|[.])")]
    private static partial Regex Identifier();
    [GeneratedRegex(@"\G[\[\]{}();,]")]
    private static partial Regex PunctuationChar();
    [GeneratedRegex(@"\G[-<>?*+^/!=~$@:%&|]")]
    private static partial Regex OperatorChar();
}
