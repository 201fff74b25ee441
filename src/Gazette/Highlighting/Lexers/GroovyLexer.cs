using System.Collections.Frozen;
using System.Text.RegularExpressions;
using static Gazette.Highlighting.TokenTypes;

namespace Gazette.Highlighting.Lexers;

/// <summary>Rouge's Groovy lexer (rouge/lexers/groovy.rb); the Gradle lexer adds words.</summary>
internal partial class GroovyLexer : RegexLexer
{
    protected static readonly FrozenSet<string> GroovyKeywords = Words(
        "assert break case catch continue default do else finally for if goto instanceof new return switch this throw try while in as");

    private static readonly FrozenSet<string> Declarations = Words(
        "abstract const enum extends final implements native private protected public static strictfp super synchronized throws"
        + " transient volatile");

    protected static readonly FrozenSet<string> GroovyTypes = Words("def boolean byte char double float int long short void");

    private static readonly FrozenSet<string> Constants = Words("true false null");

    private static readonly LexerDefinition States = Define();

    protected override LexerDefinition Definition => States;

    internal virtual FrozenSet<string> Keywords => GroovyKeywords;

    internal virtual FrozenSet<string> Types => GroovyTypes;

    /// <summary>A lexer like this one from its root state (Rouge delegates to <c>self.clone</c>, which is in root here).</summary>
    internal virtual GroovyLexer CreateFresh() => new();

    protected static FrozenSet<string> Words(string words) => words.Split(' ').ToFrozenSet(StringComparer.Ordinal);

    private static LexerDefinition Define()
    {
        var d = new LexerDefinitionBuilder<GroovyLexer>();
        d.State("root")
            .Rule(MethodSignature(), (lx, m) =>
            {
                lx.DelegateFresh(lx.CreateFresh(), m.Groups[1].Value);
                lx.Token(NameFunction, m.Groups[2].Value);
                lx.Token(Text, m.Groups[3].Value);
                lx.Token(Operator, m.Groups[4].Value);
            })
            .Rule(Blank(), Text)
            .Rule(LineComment(), CommentSingle)
            .Rule(BlockComment(), CommentMultiline)
            .Rule(Annotation(), NameDecorator)
            .Rule(ClassKeyword(), KeywordDeclaration, "class")
            .Rule(Package(), KeywordNamespace, "import")
            .Rule(Import(), KeywordNamespace, "import")
            .Rule(TripleDouble(), StrDouble)
            .Rule(TripleSingle(), StrSingle)
            .Rule(DoubleQuoted(), StrDouble)
            .Rule(SingleQuoted(), StrSingle)
            .Rule(DollarSlashy(), Str)
            .Rule(Slashy(), Str)
            .Rule(CharLiteral(), StrChar)
            .Rule(Member(), [Operator, NameAttribute])
            .Rule(Label(), NameLabel)
            .Rule(Identifier(), (lx, m) =>
            {
                var word = m.Value;
                var token = lx.Keywords.Contains(word) ? Keyword
                    : Declarations.Contains(word) ? KeywordDeclaration
                    : lx.Types.Contains(word) ? KeywordType
                    : Constants.Contains(word) ? KeywordConstant
                    : Name;
                lx.Token(token, word);
            })
            .Rule(OperatorChar(), Operator)
            .Rule(Float(), NumFloat)
            .Rule(Hex(), NumHex)
            .Rule(Integer(), NumInteger)
            .Rule(Newline(), Text);
        d.State("class")
            .Rule(Spaces(), Text)
            .Rule(Word(), NameClass, "#pop");
        d.State("import")
            .Rule(Spaces(), Text)
            .Rule(ImportPath(), NameNamespace, "#pop");
        return d.Build();
    }

    // Rouge writes this with /x: return types, the method name, then "(".
    [GeneratedRegex(@"\G^(\s*(?:\w[\w.\[\]]*\s+)+?)(\w\w*)(\s*)(\()", RegexOptions.Multiline)]
    private static partial Regex MethodSignature();
    [GeneratedRegex(@"\G[^\S\n]+")]
    private static partial Regex Blank();
    [GeneratedRegex(@"\G//.*?$", RegexOptions.Multiline)]
    private static partial Regex LineComment();
    [GeneratedRegex(@"\G/[*].*?[*]/", RegexOptions.Singleline)]
    private static partial Regex BlockComment();
    [GeneratedRegex(@"\G@\w[\w.]*")]
    private static partial Regex Annotation();
    [GeneratedRegex(@"\G(class|interface|trait)\b")]
    private static partial Regex ClassKeyword();
    [GeneratedRegex(@"\Gpackage\b")]
    private static partial Regex Package();
    [GeneratedRegex(@"\Gimport\b")]
    private static partial Regex Import();
    [GeneratedRegex(@"\G"""""".*?""""""", RegexOptions.Singleline)]
    private static partial Regex TripleDouble();
    [GeneratedRegex(@"\G'''.*?'''", RegexOptions.Singleline)]
    private static partial Regex TripleSingle();
    [GeneratedRegex(@"\G""(\\.|\\\n|.)*?""")]
    private static partial Regex DoubleQuoted();
    [GeneratedRegex(@"\G'(\\.|\\\n|.)*?'")]
    private static partial Regex SingleQuoted();
    [GeneratedRegex(@"\G\$/(\$.|.)*?/\$", RegexOptions.Singleline)]
    private static partial Regex DollarSlashy();
    [GeneratedRegex(@"\G/(\\.|\\\n|.)*?/")]
    private static partial Regex Slashy();
    [GeneratedRegex(@"\G(?:'\\.'|'[^\\]'|'\\u[0-9a-f]{4}')")]
    private static partial Regex CharLiteral();
    [GeneratedRegex(@"\G(\.)([a-zA-Z_][a-zA-Z0-9_]*)")]
    private static partial Regex Member();
    [GeneratedRegex(@"\G[a-zA-Z_][a-zA-Z0-9_]*:")]
    private static partial Regex Label();
    [GeneratedRegex(@"\G[a-zA-Z_\$][a-zA-Z0-9_]*")]
    private static partial Regex Identifier();
    [GeneratedRegex(@"\G[~^*!%&\[\](){}<>\|+=:;,./?-]")]
    private static partial Regex OperatorChar();
    [GeneratedRegex(@"\G\d+\.\d+([eE]\d+)?[fd]?")]
    private static partial Regex Float();
    [GeneratedRegex(@"\G0x[0-9a-f]+")]
    private static partial Regex Hex();
    [GeneratedRegex(@"\G[0-9]+L?")]
    private static partial Regex Integer();
    [GeneratedRegex(@"\G\n")]
    private static partial Regex Newline();
    [GeneratedRegex(@"\G\s+")]
    private static partial Regex Spaces();
    [GeneratedRegex(@"\G\w\w*")]
    private static partial Regex Word();
    [GeneratedRegex(@"\G[\w.]+[*]?")]
    private static partial Regex ImportPath();
}
