using System.Text.RegularExpressions;
using static Gazette.Highlighting.TokenTypes;

namespace Gazette.Highlighting.Lexers;

/// <summary>Rouge's Kotlin lexer (rouge/lexers/kotlin.rb).</summary>
internal sealed partial class KotlinLexer : RegexLexer
{
    private const string Keywords =
        "abstract|annotation|as|break|by|catch|class|companion|const|constructor|continue|crossinline|do|dynamic"
        + "|else|enum|external|false|final|finally|for|fun|get|if|import|in|infix|inline|inner|interface|internal"
        + "|is|lateinit|noinline|null|object|open|operator|out|override|package|private|protected|public|reified"
        + "|return|sealed|set|super|suspend|tailrec|this|throw|true|try|typealias|typeof|val|var|vararg|when|where"
        + "|while|yield";

    // Ruby wraps an interpolated Regexp in a group, kept here as (?:…).
    private const string NameChars = @"(?:[-_\p{Lu}\p{Ll}\p{Lt}\p{Lm}\p{Nl}\p{Nd}\p{Pc}\p{Cf}\p{Mn}\p{Mc}]*)";
    private const string ClassName = @"(?:`?[\p{Lu}]" + NameChars + "`?)";
    private const string Name = @"(?:`?[_\p{Lu}\p{Ll}\p{Lt}\p{Lm}\p{Nl}]" + NameChars + "`?)";
    private const string DecDigits = "(?:([0-9][0-9_]*[0-9])|[0-9])";
    private const string ExponentPart = "(?:[eE][+-]?(" + DecDigits + "))";
    private const string DoublePart = @"(?:((" + DecDigits + @")?\." + DecDigits + "(" + ExponentPart + ")?)|(" + DecDigits + ExponentPart + "))";

    private static readonly LexerDefinition States = Define();

    protected override LexerDefinition Definition => States;

    private static LexerDefinition Define()
    {
        var d = new LexerDefinitionBuilder<KotlinLexer>();
        d.State("root")
            .Rule(CompanionObject(), [Keyword, Text, Keyword])
            .Rule(ClassDeclaration(), [KeywordDeclaration, Text], "class")
            .Rule(FunDeclaration(), [Keyword, Text], "function")
            .Rule(PackageOrImport(), [Keyword, Text], "package")
            .Rule(Destructure(), [KeywordDeclaration, Text, Punctuation], "destructure")
            .Rule(Property(), [KeywordDeclaration, Text], "property")
            .Rule(LabelledJump(), [Keyword, NameDecorator])
            .Rule(Fun(), Keyword)
            .Rule(KeywordPattern(), Keyword)
            .Rule(Annotation(), NameAttribute)
            .Rule(Blank(), Text)
            .Rule(LineContinuation(), Text)
            .Rule(LineComment(), CommentSingle)
            .Rule(OneLineBlockComment(), CommentMultiline)
            .Rule(BlockCommentStart(), CommentMultiline, "comment")
            .Rule(Newline(), Text)
            .Rule(ClassReference(), [Operator, Keyword])
            .Rule(OperatorPattern(), Operator)
            .Rule(Range(), Operator)
            .Rule(Float(), NumFloat)
            .Rule(Binary(), NumBin)
            .Rule(Hex(), NumHex)
            .Rule(Integer(), NumInteger)
            .Rule(PunctuationChar(), Punctuation)
            .Rule(Brace(), Punctuation)
            .Rule(VerbatimString(), Str)
            .Rule(RawString(), Str)
            .Rule(DoubleQuoted(), Str)
            .Rule(CharLiteral(), StrChar)
            .Rule(DecoratorClass(), NameDecorator)
            .Rule(GenericClass(), [NameClass, Punctuation], "generic_parameters")
            .Rule(ClassNamePattern(), NameClass)
            .Rule(FunctionName(), NameFunction)
            .Rule(Label(), NameDecorator)
            .Rule(NamePattern(), TokenTypes.Name);
        d.State("package")
            .Rule(NonSpaces(), NameNamespace, "#pop");
        d.State("class")
            .Rule(ClassNamePattern(), NameClass, "#pop");
        d.State("function")
            .Rule(LessThan(), Punctuation, "generic_parameters")
            .Rule(Spaces(), Text)
            .Rule(QualifiedClass(), [NameClass, Punctuation])
            .Rule(NamePattern(), NameFunction, "#pop");
        d.State("generic_parameters")
            .Rule(ClassNamePattern(), NameClass)
            .Rule(LessThan(), Punctuation, "generic_parameters")
            .Rule(Variance(), Keyword)
            .Rule(GenericPunctuation(), Punctuation)
            .Rule(Spaces(), Text)
            .Rule(GreaterThan(), Punctuation, "#pop");
        d.State("property")
            .Rule(LessThan(), Punctuation, "generic_parameters")
            .Rule(Spaces(), Text)
            .Rule(NamePattern(), NameProperty, "#pop");
        d.State("destructure")
            .Rule(Comma(), Punctuation)
            .Rule(CloseParen(), Punctuation, "#pop")
            .Rule(Spaces(), Text)
            .Rule(NamePattern(), NameProperty);
        d.State("comment")
            .Rule(BlockCommentOpen(), CommentMultiline, "comment")
            .Rule(BlockCommentClose(), CommentMultiline, "#pop")
            .Rule(CommentChars(), CommentMultiline)
            .Rule(SlashOrStar(), CommentMultiline);
        return d.Build();
    }

    [GeneratedRegex(@"\G\b(companion)(\s+)(object)\b")]
    private static partial Regex CompanionObject();
    [GeneratedRegex(@"\G\b(class|data\s+class|interface|object)(\s+)")]
    private static partial Regex ClassDeclaration();
    [GeneratedRegex(@"\G\b(fun)(\s+)")]
    private static partial Regex FunDeclaration();
    [GeneratedRegex(@"\G\b(package|import)(\s+)")]
    private static partial Regex PackageOrImport();
    [GeneratedRegex(@"\G\b(val|var)(\s+)(\()")]
    private static partial Regex Destructure();
    [GeneratedRegex(@"\G\b(val|var)(\s+)")]
    private static partial Regex Property();
    [GeneratedRegex(@"\G(return|continue|break|this|super)(@" + Name + @")?\b")]
    private static partial Regex LabelledJump();
    [GeneratedRegex(@"\G\bfun\b")]
    private static partial Regex Fun();
    [GeneratedRegex(@"\G\b(?:" + Keywords + @")\b")]
    private static partial Regex KeywordPattern();
    [GeneratedRegex(@"\G^\s*\[.*?\]", RegexOptions.Multiline)]
    private static partial Regex Annotation();
    [GeneratedRegex(@"\G[^\S\n]+")]
    private static partial Regex Blank();
    [GeneratedRegex(@"\G\\\n")]
    private static partial Regex LineContinuation();
    [GeneratedRegex(@"\G//.*?$", RegexOptions.Multiline)]
    private static partial Regex LineComment();
    [GeneratedRegex(@"\G/[*].*[*]/")]
    private static partial Regex OneLineBlockComment();
    [GeneratedRegex(@"\G/[*].*")]
    private static partial Regex BlockCommentStart();
    [GeneratedRegex(@"\G\n")]
    private static partial Regex Newline();
    [GeneratedRegex(@"\G(::)(class)")]
    private static partial Regex ClassReference();
    [GeneratedRegex(@"\G(?:::|!!|\?[:.])")]
    private static partial Regex OperatorPattern();
    [GeneratedRegex(@"\G(\.\.)")]
    private static partial Regex Range();
    [GeneratedRegex(@"\G(?:(" + DoublePart + "[fF]?)|(" + DecDigits + "[fF]))")]
    private static partial Regex Float();
    [GeneratedRegex(@"\G0[bB]([01][01_]*[01]|[01])[uU]?L?")]
    private static partial Regex Binary();
    [GeneratedRegex(@"\G0[xX]([0-9a-fA-F][0-9a-fA-F_]*[0-9a-fA-F]|[0-9a-fA-F])[uU]?L?")]
    private static partial Regex Hex();
    [GeneratedRegex(@"\G(([1-9][0-9_]*[0-9])|[0-9])[uU]?L?")]
    private static partial Regex Integer();
    [GeneratedRegex(@"\G[~!%^&*()+=|\[\]:;,.<>/?-]")]
    private static partial Regex PunctuationChar();
    [GeneratedRegex(@"\G[{}]")]
    private static partial Regex Brace();
    [GeneratedRegex(@"\G@""(""""|[^""])*""", RegexOptions.Singleline)]
    private static partial Regex VerbatimString();
    [GeneratedRegex(@"\G"""""".*?""""""", RegexOptions.Singleline)]
    private static partial Regex RawString();
    [GeneratedRegex(@"\G""(\\\\|\\""|[^""\n])*[""\n]", RegexOptions.Singleline)]
    private static partial Regex DoubleQuoted();
    [GeneratedRegex(@"\G(?:'\\.'|'[^\\]')")]
    private static partial Regex CharLiteral();
    [GeneratedRegex(@"\G(@" + ClassName + ")")]
    private static partial Regex DecoratorClass();
    [GeneratedRegex(@"\G(" + ClassName + ")(<)")]
    private static partial Regex GenericClass();
    [GeneratedRegex(@"\G" + ClassName)]
    private static partial Regex ClassNamePattern();
    [GeneratedRegex(@"\G(" + Name + @")(?=\s*[({])")]
    private static partial Regex FunctionName();
    [GeneratedRegex(@"\G(" + Name + ")@")]
    private static partial Regex Label();
    [GeneratedRegex(@"\G" + Name)]
    private static partial Regex NamePattern();
    [GeneratedRegex(@"\G\S+")]
    private static partial Regex NonSpaces();
    [GeneratedRegex(@"\G(<)")]
    private static partial Regex LessThan();
    [GeneratedRegex(@"\G(\s+)")]
    private static partial Regex Spaces();
    [GeneratedRegex(@"\G(" + ClassName + @")(\.)")]
    private static partial Regex QualifiedClass();
    [GeneratedRegex(@"\G(reified|out|in)")]
    private static partial Regex Variance();
    [GeneratedRegex(@"\G([,:.?])")]
    private static partial Regex GenericPunctuation();
    [GeneratedRegex(@"\G(>)")]
    private static partial Regex GreaterThan();
    [GeneratedRegex(@"\G(,)")]
    private static partial Regex Comma();
    [GeneratedRegex(@"\G(\))")]
    private static partial Regex CloseParen();
    [GeneratedRegex(@"\G/[*]")]
    private static partial Regex BlockCommentOpen();
    [GeneratedRegex(@"\G[*]/")]
    private static partial Regex BlockCommentClose();
    [GeneratedRegex(@"\G[^/*]+")]
    private static partial Regex CommentChars();
    [GeneratedRegex(@"\G[/*]")]
    private static partial Regex SlashOrStar();
}
