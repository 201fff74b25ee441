using System.Text.RegularExpressions;
using static Gazette.Highlighting.TokenTypes;

namespace Gazette.Highlighting.Lexers;

/// <summary>Rouge's Dart lexer (rouge/lexers/dart.rb).</summary>
internal sealed partial class DartLexer : RegexLexer
{
    private const string Keywords =
        "as|assert|await|break|case|catch|continue|default|do|else|finally|for|if|in|is|new|rethrow|return|super"
        + "|switch|this|throw|try|while|with|yield";

    private const string Declarations =
        "abstract|async|dynamic|const|covariant|external|extends|factory|final|get|implements|late|native|on"
        + "|operator|required|set|static|sync|typedef|var";

    private const string Types =
        "bool|Comparable|double|Dynamic|enum|Function|int|List|Map|Never|Null|num|Object|Pattern|Set|String|Symbol"
        + "|Type|Uri|void";

    private const string Imports = @"import|deferred|export|library|part\s*of|part|source";

    private const string Id = @"(?:[a-zA-Z_]\w*)";

    private static readonly LexerDefinition States = Define();

    protected override LexerDefinition Definition => States;

    private static LexerDefinition Define()
    {
        var d = new LexerDefinitionBuilder<DartLexer>();
        d.State("root")
            .Rule(MethodSignature(), (lx, m) =>
            {
                lx.DelegateFresh(new DartLexer(), m.Groups[1].Value);
                lx.Token(NameFunction, m.Groups[2].Value);
                lx.Token(Text, m.Groups[3].Value);
                lx.Token(Punctuation, m.Groups[4].Value);
            })
            .Rule(Spaces(), Text)
            .Rule(LineComment(), CommentSingle)
            .Rule(BlockComment(), CommentMultiline)
            .Rule(DoubleQuote(), Str, "dqs")
            .Rule(SingleQuote(), Str, "sqs")
            .Rule(RawDouble(), StrOther)
            .Rule(RawSingle(), StrOther)
            .Rule(Symbol(), StrSymbol)
            .Rule(Decorator(), NameDecorator)
            .Rule(KeywordPattern(), Keyword)
            .Rule(DeclarationPattern(), KeywordDeclaration)
            .Rule(TypePattern(), KeywordType)
            .Rule(Constant(), KeywordConstant)
            .Rule(ClassKeyword(), KeywordDeclaration, "class")
            .Rule(ImportKeyword(), KeywordNamespace, "import")
            .Rule(Member(), [Operator, NameAttribute])
            .Rule(Label(), NameLabel)
            .Rule(NamePattern(), Name)
            .Rule(OperatorChar(), Operator)
            .Rule(PunctuationChar(), Punctuation)
            .Rule(Float(), NumFloat)
            .Rule(Hex(), NumHex)
            .Rule(Integer(), NumInteger)
            .Rule(Newline(), Text);
        d.State("class")
            .Rule(SpacesMultiline(), Text)
            .Rule(Identifier(), NameClass, "#pop");
        d.State("dqs")
            .Rule(DoubleQuote(), Str, "#pop")
            .Rule(DoubleChars(), Str)
            .Mixin("string");
        d.State("sqs")
            .Rule(SingleQuote(), Str, "#pop")
            .Rule(SingleChars(), Str)
            .Mixin("string");
        d.State("import")
            .Rule(Semicolon(), Operator, "#pop")
            .Rule(ShowHide(), KeywordDeclaration)
            .Mixin("root");
        d.State("string")
            .Mixin("interpolation")
            .Rule(Escape(), StrEscape);
        d.State("interpolation")
            .Rule(SimpleInterpolation(), StrInterpol)
            .Rule(BracedInterpolation(), StrInterpol);
        return d.Build();
    }

    // Rouge's pattern is written with /mx: return types, the method name, then "(".
    [GeneratedRegex(@"\G^(\s*(?:[a-zA-Z_][a-zA-Z\d_.\[\]]*\s+)+?)([a-zA-Z_]\w*)(\s*)(\()", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex MethodSignature();
    [GeneratedRegex(@"\G\s+")]
    private static partial Regex Spaces();
    [GeneratedRegex(@"\G//.*?$", RegexOptions.Multiline)]
    private static partial Regex LineComment();
    [GeneratedRegex(@"\G/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex BlockComment();
    [GeneratedRegex(@"\G""")]
    private static partial Regex DoubleQuote();
    [GeneratedRegex(@"\G'")]
    private static partial Regex SingleQuote();
    [GeneratedRegex(@"\Gr""[^""]*""")]
    private static partial Regex RawDouble();
    [GeneratedRegex(@"\Gr'[^']*'")]
    private static partial Regex RawSingle();
    [GeneratedRegex(@"\G#" + Id + "*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Symbol();
    [GeneratedRegex(@"\G@" + Id)]
    private static partial Regex Decorator();
    [GeneratedRegex(@"\G(?:" + Keywords + @")\b")]
    private static partial Regex KeywordPattern();
    [GeneratedRegex(@"\G(?:" + Declarations + @")\b")]
    private static partial Regex DeclarationPattern();
    [GeneratedRegex(@"\G(?:" + Types + @")\b")]
    private static partial Regex TypePattern();
    [GeneratedRegex(@"\G(?:true|false|null)\b")]
    private static partial Regex Constant();
    [GeneratedRegex(@"\G(?:class|interface|mixin)\b")]
    private static partial Regex ClassKeyword();
    [GeneratedRegex(@"\G(?:" + Imports + @")\b")]
    private static partial Regex ImportKeyword();
    [GeneratedRegex(@"\G(\.)(" + Id + ")")]
    private static partial Regex Member();
    [GeneratedRegex(@"\G" + Id + ":")]
    private static partial Regex Label();
    [GeneratedRegex(@"\G\$?" + Id)]
    private static partial Regex NamePattern();
    [GeneratedRegex(@"\G[~^*!%&\|+=:\/?-]")]
    private static partial Regex OperatorChar();
    [GeneratedRegex(@"\G[\[\](){}<>\.,;]")]
    private static partial Regex PunctuationChar();
    [GeneratedRegex(@"\G\d*\.\d+([eE]\-?\d+)?")]
    private static partial Regex Float();
    [GeneratedRegex(@"\G0x[\da-fA-F]+")]
    private static partial Regex Hex();
    [GeneratedRegex(@"\G\d+L?")]
    private static partial Regex Integer();
    [GeneratedRegex(@"\G\n")]
    private static partial Regex Newline();
    [GeneratedRegex(@"\G\s+", RegexOptions.Singleline)]
    private static partial Regex SpacesMultiline();
    [GeneratedRegex(@"\G" + Id)]
    private static partial Regex Identifier();
    [GeneratedRegex(@"\G[^\\\$""]+")]
    private static partial Regex DoubleChars();
    [GeneratedRegex(@"\G[^\\\$']+")]
    private static partial Regex SingleChars();
    [GeneratedRegex(@"\G;")]
    private static partial Regex Semicolon();
    [GeneratedRegex(@"\G(?:show|hide)\b")]
    private static partial Regex ShowHide();
    [GeneratedRegex(@"\G\\[nrt\""\'\\]")]
    private static partial Regex Escape();
    [GeneratedRegex(@"\G\$" + Id)]
    private static partial Regex SimpleInterpolation();
    [GeneratedRegex(@"\G\$\{[^\}]+\}")]
    private static partial Regex BracedInterpolation();
}
