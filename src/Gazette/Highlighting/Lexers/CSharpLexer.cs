using System.Text.RegularExpressions;
using static Gazette.Highlighting.TokenTypes;

namespace Gazette.Highlighting.Lexers;

/// <summary>Rouge's C# lexer (rouge/lexers/csharp.rb).</summary>
internal sealed partial class CSharpLexer : RegexLexer
{
    private const string Id = "(?i:@?[_a-z]\\w*)";

    private const string Keywords =
        "abstract|as|base|break|case|catch|checked|const|continue|default|delegate|do|else|enum|event|explicit"
        + "|extern|false|finally|fixed|for|foreach|goto|if|implicit|in|interface|internal|is|lock|new|null"
        + "|operator|out|override|params|private|protected|public|readonly|ref|return|sealed|sizeof|stackalloc"
        + "|static|switch|this|throw|true|try|typeof|unchecked|unsafe|virtual|void|volatile|while|add|alias"
        + "|async|await|get|global|partial|remove|set|value|where|yield|nameof|ascending|by|descending|equals"
        + "|from|group|in|into|join|let|on|orderby|select";

    private const string KeywordTypes =
        "bool|byte|char|decimal|double|dynamic|float|int|long|object|sbyte|short|string|uint|ulong|ushort|var";

    private const string PreprocessorKeywords =
        "if|endif|else|elif|define|undef|line|error|warning|region|endregion|pragma";

    private static readonly LexerDefinition States = Define();

    protected override LexerDefinition Definition => States;

    private static LexerDefinition Define()
    {
        var d = new LexerDefinitionBuilder<CSharpLexer>();
        d.State("whitespace")
            .Rule(Spaces(), Text)
            .Rule(LineComment(), CommentSingle)
            .Rule(BlockComment(), CommentMultiline);
        d.State("nest")
            .Rule(OpenBrace(), Punctuation, "nest")
            .Rule(CloseBrace(), Punctuation, "#pop")
            .Mixin("root");
        d.State("splice_string")
            .Rule(EscapedChar(), Str)
            .Rule(OpenBrace(), Punctuation, "nest")
            .Rule(QuoteOrNewline(), Str, "#pop")
            .Rule(AnyChar(), Str);
        d.State("splice_literal")
            .Rule(DoubledQuote(), Str)
            .Rule(OpenBrace(), Punctuation, "nest")
            .Rule(Quote(), Str, "#pop")
            .Rule(AnyChar(), Str);
        d.State("root")
            .Mixin("whitespace")
            .Rule(InterpolatedString(), Str, "splice_string")
            .Rule(InterpolatedVerbatim(), Str, "splice_literal")
            .Rule(QuotationStart(), Keyword)
            .Rule(QuotationEnd(), Keyword)
            .Rule(PunctuationChar(), Punctuation)
            .Rule(VerbatimString(), Str)
            .Rule(String(), Str)
            .Rule(CharLiteral(), StrChar)
            .Rule(Hex(), Num)
            .Rule(Number(), Num)
            .Rule(TypeDeclaration(), Keyword, "class")
            .Rule(NamespaceOrUsing(), Keyword, "namespace")
            .Rule(Preprocessor(), CommentPreproc)
            .Rule(KeywordWord(), Keyword)
            .Rule(TypeWord(), KeywordType)
            .Rule(FunctionName(), NameFunction)
            .Rule(Identifier(), Name);
        d.State("class")
            .Mixin("whitespace")
            .Rule(Identifier(), NameClass, "#pop");
        d.State("namespace")
            .Mixin("whitespace")
            .Rule(BeforeParen(), Text, "#pop")
            .Rule(NamespaceName(), NameNamespace, "#pop");
        return d.Build();
    }

    [GeneratedRegex(@"\G\s+")]
    private static partial Regex Spaces();
    [GeneratedRegex(@"\G//.*?$", RegexOptions.Multiline)]
    private static partial Regex LineComment();
    [GeneratedRegex(@"\G/[*].*?[*]/", RegexOptions.Singleline)]
    private static partial Regex BlockComment();
    [GeneratedRegex(@"\G\{")]
    private static partial Regex OpenBrace();
    [GeneratedRegex(@"\G}")]
    private static partial Regex CloseBrace();
    [GeneratedRegex(@"\G\\.")]
    private static partial Regex EscapedChar();
    [GeneratedRegex(@"\G(?:""|\n)")]
    private static partial Regex QuoteOrNewline();
    [GeneratedRegex(@"\G.")]
    private static partial Regex AnyChar();
    [GeneratedRegex(@"\G""""")]
    private static partial Regex DoubledQuote();
    [GeneratedRegex(@"\G""")]
    private static partial Regex Quote();
    [GeneratedRegex(@"\G[$]\s*""")]
    private static partial Regex InterpolatedString();
    [GeneratedRegex(@"\G[$]@\s*""")]
    private static partial Regex InterpolatedVerbatim();
    [GeneratedRegex(@"\G(<\[)\s*(" + Id + ":)?")]
    private static partial Regex QuotationStart();
    [GeneratedRegex(@"\G\]>")]
    private static partial Regex QuotationEnd();
    [GeneratedRegex(@"\G[~!%^&*()+=|\[\]{}:;,.<>\/?-]")]
    private static partial Regex PunctuationChar();
    [GeneratedRegex(@"\G@""(""""|[^""])*""", RegexOptions.Singleline)]
    private static partial Regex VerbatimString();
    [GeneratedRegex(@"\G""(\\.|.)*?[""\n]")]
    private static partial Regex String();
    [GeneratedRegex(@"\G'(\\.|.)'")]
    private static partial Regex CharLiteral();
    [GeneratedRegex(@"\G0x[0-9a-f]+[lu]?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Hex();
    [GeneratedRegex(@"\G[0-9]([.][0-9]*)?(e[+-][0-9]+)?[fldu]?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Number();
    [GeneratedRegex(@"\G\b(?:class|struct|interface)\b")]
    private static partial Regex TypeDeclaration();
    [GeneratedRegex(@"\G\b(?:namespace|using)\b")]
    private static partial Regex NamespaceOrUsing();
    [GeneratedRegex(@"\G^#[ \t]*(" + PreprocessorKeywords + @")\b.*?\n", RegexOptions.Multiline)]
    private static partial Regex Preprocessor();
    [GeneratedRegex(@"\G\b(" + Keywords + @")\b")]
    private static partial Regex KeywordWord();
    [GeneratedRegex(@"\G\b(" + KeywordTypes + @")\b")]
    private static partial Regex TypeWord();
    [GeneratedRegex(@"\G" + Id + @"(?=\s*[(])")]
    private static partial Regex FunctionName();
    [GeneratedRegex(@"\G" + Id)]
    private static partial Regex Identifier();
    [GeneratedRegex(@"\G(?=[(])")]
    private static partial Regex BeforeParen();
    [GeneratedRegex(@"\G(" + Id + "|[.])+")]
    private static partial Regex NamespaceName();
}
