using System.Text.RegularExpressions;
using static Gazette.Highlighting.TokenTypes;

namespace Gazette.Highlighting.Lexers;

/// <summary>Rouge's Scala lexer (rouge/lexers/scala.rb).</summary>
internal sealed partial class ScalaLexer : RegexLexer
{
    private const string Space = @"(?:\s)";
    private const string Letter = @"(?:[\p{L}$_])";
    private const string Upper = @"(?:[\p{Lu}$_])";
    private const string Digits = "(?:[0-9])";
    private const string Parens = @"(?:[(){}\[\]])";
    private const string Delims = "(?:[\u2018\u2019\".;,])";
    private const string Op = "(?:(?!" + Space + "|" + Letter + "|" + Digits + "|" + Parens + "|" + Delims + @")[\u0020-\u007F\p{Sm}\p{So}])";
    private const string IdRest = "(?:" + Letter + "(?:" + Letter + "|" + Digits + ")*(?:(?<=_)" + Op + "+)?)";
    private const string NameLike = "(?:" + IdRest + "|" + Op + "+|`[^`]+`)";

    // Rouge's type chunk lacks a "|" before the backquoted name, so "op+`name`" is one alternative.
    private const string TypeChunk = "(?:" + IdRest + "|" + Op + "+`[^`]+`)";

    private const string Keywords =
        "abstract|case|catch|def|do|else|extends|final|finally|for|forSome|if|implicit|lazy|match|new|override"
        + "|private|protected|requires|return|sealed|super|this|throw|try|val|var|while|with|yield";

    private static readonly LexerDefinition States = Define();

    protected override LexerDefinition Definition => States;

    private static LexerDefinition Define()
    {
        var d = new LexerDefinitionBuilder<ScalaLexer>();
        d.State("root")
            .Rule(ClassKeyword(), [Keyword, Text], "class")
            .Rule(SymbolLiteral(), StrSymbol)
            .Rule(Blank(), Text)
            .Rule(LineComment(), CommentSingle)
            .Rule(CommentStart(), CommentMultiline, "comment")
            .Rule(Annotation(), NameDecorator)
            .Rule(Def(), [Keyword, Text, NameFunction, Text])
            .Rule(Val(), [Keyword, Text, NameVariable, Text])
            .Rule(ThisMember(), [Keyword, Text, Operator, NameProperty])
            .Rule(Member(), [NameVariable, Text, Operator, NameProperty])
            .Rule(ClassName(), NameClass)
            .Rule(Call(), [NameFunction, Text, Operator])
            .Rule(DotMember(), [Operator, NameProperty])
            .Rule(KeywordPattern(), Keyword)
            .Rule(TypeAscription(), Keyword, "type")
            .Rule(Constant(), KeywordConstant)
            .Rule(Import(), [Keyword, Text], "import")
            .Rule(TypeKeyword(), [Keyword, Text], "type")
            .Rule(TripleString(), Str)
            .Rule(StringLiteral(), Str)
            .Rule(CharLiteral(), StrChar)
            .Rule(Identifier(), Name)
            .Rule(Backquoted(), Name)
            .Rule(OpenBracket(), Operator, "typeparam")
            .Rule(PunctuationChar(), Operator)
            .Rule(Operators(), Operator)
            .Rule(Float(), NumFloat)
            .Rule(SuffixedFloat(), NumFloat)
            .Rule(Hex(), NumHex)
            .Rule(Integer(), NumInteger)
            .Rule(Newline(), Text);
        d.State("class")
            .Rule(GenericClass(), [NameClass, Text, Operator], "typeparam")
            .Rule(Spaces(), Text)
            .Rule(OpenBrace(), Operator, "#pop")
            .Rule(OpenParen(), Operator, "#pop")
            .Rule(LineComment(), CommentSingle, "#pop")
            .Rule(NamePattern(), NameClass, "#pop");
        d.State("type")
            .Rule(Spaces(), Text)
            .Rule(TypeKeywords(), Keyword)
            .Rule(TypeEnd(), (lx, m) =>
            {
                lx.Groups(m, Operator, Text);
                lx.Pop();
            })
            .Rule(OpenParenOrBrace(), Operator, "type")
            .Rule(GenericType(), (lx, m) =>
            {
                lx.Groups(m, KeywordType, Text, Operator);
                lx.Pop();
                lx.Push("typeparam");
            })
            .Rule(TypeAtLineEnd(), (lx, m) =>
            {
                lx.Groups(m, KeywordType, Text);
                lx.Pop();
            })
            .Rule(LineComment(), CommentSingle, "#pop")
            .Rule(TypePart(), KeywordType);
        d.State("typeparam")
            .Rule(SpacesOrCommas(), Text)
            .Rule(TypeParamKeywords(), Keyword)
            .Rule(CloseGroup(), Operator, "#pop")
            .Rule(OpenGroup(), Operator, "typeparam")
            .Rule(TypePart(), KeywordType);
        d.State("comment")
            .Rule(CommentChars(), CommentMultiline)
            .Rule(CommentStart(), CommentMultiline, "comment")
            .Rule(CommentEnd(), CommentMultiline, "#pop")
            .Rule(StarOrSlash(), CommentMultiline);
        d.State("import")
            .Rule(ImportPath(), NameNamespace, "#pop");
        return d.Build();
    }

    [GeneratedRegex(@"\G(class|trait|object)(\s+)")]
    private static partial Regex ClassKeyword();
    [GeneratedRegex(@"\G'" + IdRest + "(?!')")]
    private static partial Regex SymbolLiteral();
    [GeneratedRegex(@"\G[^\S\n]+")]
    private static partial Regex Blank();
    [GeneratedRegex(@"\G//.*")]
    private static partial Regex LineComment();
    [GeneratedRegex(@"\G/\*")]
    private static partial Regex CommentStart();
    [GeneratedRegex(@"\G@" + IdRest)]
    private static partial Regex Annotation();
    [GeneratedRegex(@"\G(def)(\s+)(" + IdRest + "|" + Op + @"+|`[^`]+`)(\s*)")]
    private static partial Regex Def();
    [GeneratedRegex(@"\G(val)(\s+)(" + IdRest + "|" + Op + @"+|`[^`]+`)(\s*)")]
    private static partial Regex Val();
    [GeneratedRegex(@"\G(this)(\n*)(\.)(" + IdRest + ")")]
    private static partial Regex ThisMember();
    [GeneratedRegex(@"\G(" + IdRest + @"|_)(\n*)(\.)(" + IdRest + ")")]
    private static partial Regex Member();
    [GeneratedRegex(@"\G" + Upper + IdRest + @"\b")]
    private static partial Regex ClassName();
    [GeneratedRegex(@"\G(" + IdRest + ")(" + Space + @"*)(\()")]
    private static partial Regex Call();
    [GeneratedRegex(@"\G(\.)(" + IdRest + ")")]
    private static partial Regex DotMember();
    [GeneratedRegex(@"\G(?:(" + Keywords + @")\b|(<[%:-]|=>|>:|[#=@_\u21D2\u2190])(\b|(?=\s)|$))", RegexOptions.Multiline)]
    private static partial Regex KeywordPattern();
    [GeneratedRegex(@"\G:(?!" + Op + ")")]
    private static partial Regex TypeAscription();
    [GeneratedRegex(@"\G(true|false|null)\b")]
    private static partial Regex Constant();
    [GeneratedRegex(@"\G(import|package)(\s+)")]
    private static partial Regex Import();
    [GeneratedRegex(@"\G(type)(\s+)")]
    private static partial Regex TypeKeyword();
    [GeneratedRegex(@"\G"""""".*?""""""(?!"")", RegexOptions.Singleline)]
    private static partial Regex TripleString();
    [GeneratedRegex(@"\G""(\\\\|\\""|[^""])*""")]
    private static partial Regex StringLiteral();
    [GeneratedRegex(@"\G(?:'\\.'|'[^\\]'|'\\u[0-9a-fA-F]{4}')")]
    private static partial Regex CharLiteral();
    [GeneratedRegex(@"\G" + IdRest)]
    private static partial Regex Identifier();
    [GeneratedRegex(@"\G`[^`]+`")]
    private static partial Regex Backquoted();
    [GeneratedRegex(@"\G\[")]
    private static partial Regex OpenBracket();
    [GeneratedRegex(@"\G[\(\)\{\};,.#]")]
    private static partial Regex PunctuationChar();
    [GeneratedRegex(@"\G" + Op + "+")]
    private static partial Regex Operators();
    [GeneratedRegex(@"\G([0-9][0-9]*\.[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?[fFdD]?")]
    private static partial Regex Float();
    [GeneratedRegex(@"\G([0-9][0-9]*[fFdD])")]
    private static partial Regex SuffixedFloat();
    [GeneratedRegex(@"\G0x[0-9a-fA-F]+")]
    private static partial Regex Hex();
    [GeneratedRegex(@"\G[0-9]+L?")]
    private static partial Regex Integer();
    [GeneratedRegex(@"\G\n")]
    private static partial Regex Newline();
    [GeneratedRegex(@"\G(" + IdRest + "|" + Op + @"+|`[^`]+`)(\s*)(\[)")]
    private static partial Regex GenericClass();
    [GeneratedRegex(@"\G\s+")]
    private static partial Regex Spaces();
    [GeneratedRegex(@"\G{")]
    private static partial Regex OpenBrace();
    [GeneratedRegex(@"\G\(")]
    private static partial Regex OpenParen();
    [GeneratedRegex(@"\G" + NameLike)]
    private static partial Regex NamePattern();
    [GeneratedRegex(@"\G(?:<[%:]|>:|[#_\u21D2]|forSome|type)")]
    private static partial Regex TypeKeywords();
    [GeneratedRegex(@"\G([,\);}]|=>|=)(\s*)")]
    private static partial Regex TypeEnd();
    [GeneratedRegex(@"\G[\(\{]")]
    private static partial Regex OpenParenOrBrace();
    [GeneratedRegex(@"\G(" + TypeChunk + @"(?:\." + TypeChunk + @")*)(\s*)(\[)")]
    private static partial Regex GenericType();
    [GeneratedRegex(@"\G(" + TypeChunk + @"(?:\." + TypeChunk + @")*)(\s*)$", RegexOptions.Multiline)]
    private static partial Regex TypeAtLineEnd();
    [GeneratedRegex(@"\G(?:\.|" + IdRest + "|" + Op + "+|`[^`]+`)")]
    private static partial Regex TypePart();
    [GeneratedRegex(@"\G[\s,]+")]
    private static partial Regex SpacesOrCommas();
    [GeneratedRegex(@"\G(?:<[%:]|=>|>:|[#_\u21D2]|forSome|type)")]
    private static partial Regex TypeParamKeywords();
    [GeneratedRegex(@"\G([\]\)\}])")]
    private static partial Regex CloseGroup();
    [GeneratedRegex(@"\G[\(\[\{]")]
    private static partial Regex OpenGroup();
    [GeneratedRegex(@"\G[^/\*]+")]
    private static partial Regex CommentChars();
    [GeneratedRegex(@"\G\*/")]
    private static partial Regex CommentEnd();
    [GeneratedRegex(@"\G[*/]")]
    private static partial Regex StarOrSlash();
    [GeneratedRegex(@"\G(" + IdRest + @"|\.)+")]
    private static partial Regex ImportPath();
}
