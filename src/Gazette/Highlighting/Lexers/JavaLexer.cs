using System.Text.RegularExpressions;
using static Gazette.Highlighting.TokenTypes;

namespace Gazette.Highlighting.Lexers;

/// <summary>Rouge's Java lexer (rouge/lexers/java.rb).</summary>
internal sealed partial class JavaLexer : RegexLexer
{
    private const string Keywords =
        "assert|break|case|catch|continue|default|do|else|finally|for|if|goto|instanceof|new|return|switch|this"
        + "|throw|try|while";

    private const string Declarations =
        "abstract|const|enum|extends|final|implements|native|private|protected|public|static|strictfp|super"
        + "|synchronized|throws|transient|volatile";

    private const string Types = "boolean|byte|char|double|float|int|long|short|var|void";

    // Ruby's [[:alpha:]_][[:word:]]*, [[:upper:]] and [[:alnum:]] on UTF-8 text.
    private const string Id = @"[\p{L}\p{Nl}\p{Mn}\p{Mc}_][\p{L}\p{M}\p{Nd}\p{Pc}]*";
    private const string Alnum = @"[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}]";
    private const string Digit = "(?:[0-9]_+[0-9]|[0-9])";
    private const RegexOptions IgnoreCase = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static readonly LexerDefinition States = Define();

    protected override LexerDefinition Definition => States;

    private static LexerDefinition Define()
    {
        var d = new LexerDefinitionBuilder<JavaLexer>();
        d.State("root")
            .Rule(Blank(), Text)
            .Rule(LineComment(), CommentSingle)
            .Rule(BlockComment(), CommentMultiline)
            .Rule(KeywordWord(), Keyword)
            .Rule(Method(), (lx, m) =>
            {
                lx.DelegateFresh(new JavaLexer(), m.Groups[1].Value);
                lx.Token(NameFunction, m.Groups[2].Value);
                lx.Token(Text, m.Groups[3].Value);
                lx.Token(Operator, m.Groups[4].Value);
            })
            .Rule(Annotation(), NameDecorator)
            .Rule(Declaration(), KeywordDeclaration)
            .Rule(Type(), KeywordType)
            .Rule(Constant(), KeywordConstant)
            .Rule(ClassKeyword(), KeywordDeclaration, "class")
            .Rule(ImportKeyword(), KeywordNamespace, "import")
            .Rule(String(), Str)
            .Rule(CharLiteral(), StrChar)
            .Rule(Member(), [Operator, NameAttribute])
            .Rule(Label(), NameLabel)
            .Rule(ConstantName(), NameConstant)
            .Rule(ClassName(), NameClass)
            .Rule(Identifier(), Name)
            .Rule(OperatorChar(), Operator)
            .Rule(Float(), NumFloat)
            .Rule(Binary(), NumBin)
            .Rule(Hex(), NumHex)
            .Rule(Octal(), NumOct)
            .Rule(Integer(), NumInteger)
            .Rule(Newline(), Text);
        d.State("class")
            .Rule(Spaces(), Text)
            .Rule(ClassIdentifier(), NameClass, "#pop");
        d.State("import")
            .Rule(Spaces(), Text)
            .Rule(Package(), NameNamespace, "#pop");
        return d.Build();
    }

    [GeneratedRegex(@"\G[^\S\n]+")]
    private static partial Regex Blank();
    [GeneratedRegex(@"\G//.*?$", RegexOptions.Multiline)]
    private static partial Regex LineComment();
    [GeneratedRegex(@"\G/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex BlockComment();
    [GeneratedRegex(@"\G(?:" + Keywords + @")\b")]
    private static partial Regex KeywordWord();
    [GeneratedRegex(@"\G(\s*(?:[a-zA-Z_][a-zA-Z0-9_.\[\]<>]*\s+)+?)([a-zA-Z_][a-zA-Z0-9_]*)(\s*)(\()")]
    private static partial Regex Method();
    [GeneratedRegex(@"\G@" + Id)]
    private static partial Regex Annotation();
    [GeneratedRegex(@"\G(?:" + Declarations + @")\b")]
    private static partial Regex Declaration();
    [GeneratedRegex(@"\G(?:" + Types + @")\b")]
    private static partial Regex Type();
    [GeneratedRegex(@"\G(?:true|false|null)\b")]
    private static partial Regex Constant();
    [GeneratedRegex(@"\G(?:class|interface)\b")]
    private static partial Regex ClassKeyword();
    [GeneratedRegex(@"\G(?:import|package)\b")]
    private static partial Regex ImportKeyword();
    [GeneratedRegex(@"\G""(\\\\|\\""|[^""])*""")]
    private static partial Regex String();
    [GeneratedRegex(@"\G'(?:\\.|[^\\]|\\u[0-9a-f]{4})'")]
    private static partial Regex CharLiteral();
    [GeneratedRegex(@"\G(\.)(" + Id + ")")]
    private static partial Regex Member();
    [GeneratedRegex(@"\G" + Id + ":")]
    private static partial Regex Label();
    [GeneratedRegex(@"\G\p{Lu}[\p{Lu}\p{Nd}_]*\b")]
    private static partial Regex ConstantName();
    [GeneratedRegex(@"\G\p{Lu}" + Alnum + @"*\b")]
    private static partial Regex ClassName();
    [GeneratedRegex(@"\G\$?" + Id)]
    private static partial Regex Identifier();
    [GeneratedRegex(@"\G[~^*!%&\[\](){}<>\|+=:;,.\/?-]")]
    private static partial Regex OperatorChar();
    [GeneratedRegex(@"\G" + Digit + @"+\." + Digit + "+([eE]" + Digit + "+)?[fd]?")]
    private static partial Regex Float();
    [GeneratedRegex(@"\G0b(?:[01]_+[01]|[01])+", IgnoreCase)]
    private static partial Regex Binary();
    [GeneratedRegex(@"\G0x(?:[0-9a-f]_+[0-9a-f]|[0-9a-f])+", IgnoreCase)]
    private static partial Regex Hex();
    [GeneratedRegex(@"\G0(?:[0-7]_+[0-7]|[0-7])+")]
    private static partial Regex Octal();
    [GeneratedRegex(@"\G" + Digit + "+L?")]
    private static partial Regex Integer();
    [GeneratedRegex(@"\G\n")]
    private static partial Regex Newline();
    [GeneratedRegex(@"\G\s+")]
    private static partial Regex Spaces();
    [GeneratedRegex(@"\G" + Id)]
    private static partial Regex ClassIdentifier();
    [GeneratedRegex(@"\G[a-z0-9_.]+\*?", IgnoreCase)]
    private static partial Regex Package();
}
