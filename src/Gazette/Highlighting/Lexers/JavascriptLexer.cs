using System.Collections.Frozen;
using static Gazette.Highlighting.TokenTypes;

namespace Gazette.Highlighting.Lexers;

/// <summary>Rouge's JavaScript lexer (rouge/lexers/javascript.rb); TypeScript extends it.</summary>
internal partial class JavascriptLexer : RegexLexer
{
    private static readonly LexerDefinition States = BuildDefinition();

    private static readonly JavascriptWords JavascriptWordSet = new(
        Keywords: Set("as async await break case catch continue debugger default delete do else export finally from for"
            + " if import in instanceof new of return super switch this throw try typeof void while yield"),
        Declarations: Set("var let const with function class extends constructor get set static"),
        Reserved: Set("enum implements interface package private protected public"),
        Constants: Set("true false null NaN Infinity undefined"),
        Builtins: Set(BuiltinNames));

    protected const string BuiltinNames =
        "Array Boolean Date Error Function Math netscape Number Object Packages RegExp String sun decodeURI"
        + " decodeURIComponent encodeURI encodeURIComponent Error eval isFinite isNaN parseFloat parseInt"
        + " document window navigator self global Promise Set Map WeakSet WeakMap Symbol Proxy Reflect"
        + " Int8Array Uint8Array Uint8ClampedArray Int16Array Uint16Array Uint16ClampedArray"
        + " Int32Array Uint32Array Uint32ClampedArray Float32Array Float64Array DataView ArrayBuffer";

    protected override LexerDefinition Definition => States;

    /// <summary>The word lists identifiers are classified by (Rouge's class-level keyword sets).</summary>
    protected virtual JavascriptWords Words => JavascriptWordSet;

    protected static FrozenSet<string> Set(string words) =>
        FrozenSet.ToFrozenSet(words.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    protected static void DefineStates(LexerDefinitionBuilder<JavascriptLexer> d)
    {
        d.State("multiline_comment")
            .Rule(CommentEnd(), CommentMultiline, "#pop")
            .Rule(CommentChars(), CommentMultiline)
            .Rule(StarOrSlash(), CommentMultiline);
        d.State("comments_and_whitespace")
            .Rule(Spaces(), Text)
            .Rule(HtmlCommentOpen(), Comment)
            .Rule(LineComment(), CommentSingle)
            .Rule(CommentStart(), CommentMultiline, "multiline_comment");
        d.State("expr_start")
            .Mixin("comments_and_whitespace")
            .Rule(Slash(), (lx, m) =>
            {
                lx.Token(StrRegex, m.Value);
                lx.Goto("regex");
            })
            .Rule(OpenBrace(), (lx, m) =>
            {
                lx.Token(Punctuation, m.Value);
                lx.Goto("object");
            })
            .Rule(Empty(), Text, "#pop");
        d.State("regex")
            .Rule(Slash(), (lx, m) =>
            {
                lx.Token(StrRegex, m.Value);
                lx.Goto("regex_end");
            })
            .Rule(CharThenNewline(), Error, "#pop")
            .Rule(Newline(), Error, "#pop")
            .Rule(NegatedClassStart(), StrEscape, "regex_group")
            .Rule(ClassStart(), StrEscape, "regex_group")
            .Rule(EscapedChar(), StrEscape)
            .Rule(GroupStart(), StrEscape)
            .Rule(Quantifier(), StrEscape)
            .Rule(RegexMeta(), StrEscape)
            .Rule(AnyChar(), StrRegex);
        d.State("regex_end")
            .Rule(RegexFlags(), StrRegex, "#pop")
            .Rule(Empty(), (lx, _) => lx.Pop());
        d.State("regex_group")
            .Rule(Slash(), StrEscape)
            .Rule(CharThenNewline(), (lx, m) =>
            {
                lx.Token(Error, m.Value);
                lx.Pop(2);
            })
            .Rule(ClassEnd(), StrEscape, "#pop")
            .Rule(EscapedChar(), StrEscape)
            .Rule(AnyChar(), StrRegex);
        d.State("root")
            .Rule(Shebang(), CommentPreproc, "statement")
            .Rule(AfterNewline(), Text, "expr_start")
            .Mixin("comments_and_whitespace")
            .Rule(LongOperator(), Operator, "expr_start")
            .Rule(ShortOperator(), Operator, "expr_start")
            .Rule(OpenPunctuation(), Punctuation, "expr_start")
            .Rule(Semicolon(), Punctuation, "statement")
            .Rule(ClosePunctuation(), Punctuation)
            .Rule(Backtick(), StrDouble, "template_string")
            .Rule(SafeNavigation(), Punctuation)
            .Rule(Question(), (lx, m) =>
            {
                lx.Token(Punctuation, m.Value);
                lx.Push("ternary");
                lx.Push("expr_start");
            })
            .Rule(Decorator(), [Punctuation, NameDecorator], "expr_start")
            .Rule(Brace(), Punctuation, "statement")
            .Rule(Identifier(), (lx, m) => lx.Identify(m.Value))
            .Rule(Float(), NumFloat)
            .Rule(Hex(), NumHex)
            .Rule(Octal(), NumOct)
            .Rule(Binary(), NumBin)
            .Rule(Integer(), NumInteger)
            .Rule(DoubleQuote(), StrDelimiter, "dq")
            .Rule(SingleQuote(), StrDelimiter, "sq")
            .Rule(Colon(), Punctuation);
        DefineLiterals(d);
    }

    private static LexerDefinition BuildDefinition()
    {
        var d = new LexerDefinitionBuilder<JavascriptLexer>();
        DefineStates(d);
        return d.Build();
    }

    private void Identify(string word)
    {
        var words = Words;
        if (words.Keywords.Contains(word))
        {
            Token(Keyword, word);
            Push("expr_start");
        }
        else if (words.Declarations.Contains(word))
        {
            Token(KeywordDeclaration, word);
            Push("expr_start");
        }
        else
        {
            Token(
                words.Reserved.Contains(word) ? KeywordReserved
                : words.Constants.Contains(word) ? KeywordConstant
                : words.Builtins.Contains(word) ? NameBuiltin
                : NameOther,
                word);
        }
    }
}
