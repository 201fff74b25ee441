using System.Collections.Frozen;
using System.Text.RegularExpressions;
using static Gazette.Highlighting.TokenTypes;

namespace Gazette.Highlighting.Lexers;

/// <summary>Rouge's Swift lexer (rouge/lexers/swift.rb).</summary>
internal sealed partial class SwiftLexer : RegexLexer
{
    // Ruby's \p{Alpha} and \p{Alnum}; a character outside the BMP is a surrogate pair here.
    private const string Astral = @"[\uD800-\uDBFF][\uDC00-\uDFFF]";
    private const string IdHead = @"(?:_|(?!\p{Mc})[\p{L}\p{Nl}]|" + Astral + ")";
    private const string IdRest = @"(?:[\p{L}\p{Nl}\p{Nd}_]|" + Astral + ")";
    private const string Id = "(?:" + IdHead + IdRest + "*)";

    private static readonly FrozenSet<string> Keywords = Words(
        "await break case continue default do else fallthrough if in for return switch where while try catch throw guard defer repeat"
        + " as dynamicType is new super self Self Type __COLUMN__ __FILE__ __FUNCTION__ __LINE__"
        + " associativity async didSet get infix inout isolated mutating none nonmutating operator override postfix precedence prefix"
        + " set unowned weak willSet throws rethrows precedencegroup");

    private static readonly FrozenSet<string> Declarations = Words(
        "actor class deinit enum convenience extension final func import init internal lazy let nonisolated optional private protocol"
        + " public required static struct subscript typealias var dynamic indirect associatedtype open fileprivate some");

    private static readonly FrozenSet<string> Constants = Words("true false nil");

    private static readonly LexerDefinition States = Define();

    protected override LexerDefinition Definition => States;

    protected override void OnStart() => Push("bol");

    private static FrozenSet<string> Words(string words) => words.Split(' ').ToFrozenSet(StringComparer.Ordinal);

    private static bool StartsUpper(string text) => text.Length > 0 && char.IsUpper(text[0]);

    private static LexerDefinition Define()
    {
        var d = new LexerDefinitionBuilder<SwiftLexer>();
        d.State("bol")
            .Rule(Preprocessor(), CommentPreproc)
            .Mixin("inline_whitespace")
            .Rule(Empty(), (lx, _) => lx.Pop());
        d.State("inline_whitespace")
            .Rule(Spaces(), Text)
            .Mixin("has_comments");
        d.State("whitespace")
            .Rule(Newlines(), Text, "bol")
            .Rule(LineComment(), CommentSingle, "bol")
            .Mixin("inline_whitespace");
        d.State("has_comments")
            .Rule(CommentStart(), CommentMultiline, "nested_comment");
        d.State("nested_comment")
            .Mixin("has_comments")
            .Rule(CommentEnd(), CommentMultiline, "#pop")
            .Rule(CommentChars(), CommentMultiline)
            .Rule(AnyChar(), CommentMultiline);
        d.State("root")
            .Mixin("whitespace")
            .Rule(ClosureArgument(), NameVariable)
            .Rule(PunctuationChar(), Punctuation)
            .Rule(OperatorPattern(), Operator)
            .Rule(StringStart(), Str, "dq")
            .Rule(CharLiteral(), StrChar)
            .Rule(Float(), NumFloat)
            .Rule(ExponentInteger(), NumFloat)
            .Rule(Octal(), NumOct)
            .Rule(Hex(), NumHex)
            .Rule(Binary(), NumBin)
            .Rule(Integer(), NumInteger)
            .Rule(Attribute(), KeywordDeclaration)
            .Rule(AccessSetter(), (lx, m) =>
            {
                if (m.Groups[3].Value == "set")
                {
                    lx.Token(KeywordDeclaration, m.Value);
                }
                else
                {
                    lx.Groups(m, KeywordDeclaration, KeywordDeclaration, Error, KeywordDeclaration);
                }
            })
            .Rule(Unowned(), (lx, m) =>
            {
                if (m.Groups[2].Value is "safe" or "unsafe")
                {
                    lx.Token(KeywordDeclaration, m.Value);
                }
                else
                {
                    lx.Groups(m, KeywordDeclaration, Error, KeywordDeclaration);
                }
            })
            .Rule(Available(), KeywordDeclaration)
            .Rule(SelectorOrKeyPath(), [KeywordDeclaration, NameFunction, KeywordDeclaration])
            .Rule(PoundLiteral(), KeywordDeclaration)
            .Rule(Binding(), [Keyword, Text, NameVariable])
            .Rule(TupleBinding(), [Keyword, Text, Punctuation], "tuple")
            .Rule(Call(), (lx, m) => lx.Token(StartsUpper(m.Value) ? KeywordType : NameFunction, m.Value))
            .Rule(Cast(), Keyword)
            .Rule(Try(), Keyword)
            .Rule(ArgumentLabel(), [NameVariable, Text, Punctuation])
            .Rule(Identifier(), (lx, m) =>
            {
                var word = m.Value;
                var token = Keywords.Contains(word) ? Keyword
                    : Declarations.Contains(word) ? KeywordDeclaration
                    : Constants.Contains(word) ? KeywordConstant
                    : StartsUpper(word) ? KeywordType
                    : Name;
                lx.Token(token, word);
            })
            .Rule(EscapedIdentifier(), [Punctuation, NameVariable, Punctuation]);
        d.State("tuple")
            .Rule(TupleName(), NameVariable)
            .Rule(EscapedIdentifier(), [Punctuation, NameVariable, Punctuation])
            .Rule(Comma(), Punctuation)
            .Rule(OpenParen(), Punctuation, "#push")
            .Rule(CloseParen(), Punctuation, "#pop")
            .Mixin("inline_whitespace");
        d.State("dq")
            .Rule(Escape(), StrEscape)
            .Rule(InterpolationStart(), StrEscape, "interp")
            .Rule(UnicodeEscape(), StrEscape)
            .Rule(StringChars(), Str)
            .Rule(TripleQuote(), Str, "#pop")
            .Rule(Quote(), Str, "#pop");
        d.State("interp")
            .Rule(OpenParen(), Punctuation, "interp_inner")
            .Rule(CloseParen(), StrEscape, "#pop")
            .Mixin("root");
        d.State("interp_inner")
            .Rule(OpenParen(), Punctuation, "#push")
            .Rule(CloseParen(), Punctuation, "#pop")
            .Mixin("root");
        return d.Build();
    }

    private const RegexOptions IgnoreCase = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\G#.*")]
    private static partial Regex Preprocessor();
    [GeneratedRegex(@"\G")]
    private static partial Regex Empty();
    [GeneratedRegex(@"\G\s+", RegexOptions.Singleline)]
    private static partial Regex Spaces();
    [GeneratedRegex(@"\G\n+", RegexOptions.Singleline)]
    private static partial Regex Newlines();
    [GeneratedRegex(@"\G\/\/.*?$", RegexOptions.Multiline)]
    private static partial Regex LineComment();
    [GeneratedRegex(@"\G/[*]")]
    private static partial Regex CommentStart();
    [GeneratedRegex(@"\G[*]/")]
    private static partial Regex CommentEnd();
    [GeneratedRegex(@"\G[^*/]+", RegexOptions.Singleline)]
    private static partial Regex CommentChars();
    [GeneratedRegex(@"\G.")]
    private static partial Regex AnyChar();
    [GeneratedRegex(@"\G\$(([1-9]\d*)?\d)")]
    private static partial Regex ClosureArgument();
    [GeneratedRegex(@"\G[()\[\]{}:;,?\\]")]
    private static partial Regex PunctuationChar();
    [GeneratedRegex(@"\G[-/=+*%<>!&|^.~]+")]
    private static partial Regex OperatorPattern();
    [GeneratedRegex(@"\G@?""")]
    private static partial Regex StringStart();
    [GeneratedRegex(@"\G'(\\.|.)'")]
    private static partial Regex CharLiteral();
    [GeneratedRegex(@"\G(\d+(?:_\d+)*\*|(?:\d+(?:_\d+)*)*\.\d+(?:_\d)*)(e[+-]?\d+(?:_\d)*)?", IgnoreCase)]
    private static partial Regex Float();
    [GeneratedRegex(@"\G\d+e[+-]?[0-9]+", IgnoreCase)]
    private static partial Regex ExponentInteger();
    [GeneratedRegex(@"\G0o?[0-7]+(?:_[0-7]+)*")]
    private static partial Regex Octal();
    [GeneratedRegex(@"\G0x[0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*((\.[0-9A-F]+(?:_[0-9A-F]+)*)?p[+-]?\d+)?")]
    private static partial Regex Hex();
    [GeneratedRegex(@"\G0b[01]+(?:_[01]+)*")]
    private static partial Regex Binary();
    [GeneratedRegex(@"\G[\d]+(?:_\d+)*")]
    private static partial Regex Integer();
    [GeneratedRegex(@"\G@" + Id)]
    private static partial Regex Attribute();
    [GeneratedRegex(@"\G(private|internal)(\([ ]*)(\w+)([ ]*\))")]
    private static partial Regex AccessSetter();
    [GeneratedRegex(@"\G(unowned\([ ]*)(\w+)([ ]*\))")]
    private static partial Regex Unowned();
    [GeneratedRegex(@"\G#available\([^)]+\)")]
    private static partial Regex Available();
    [GeneratedRegex(@"\G(#(?:selector|keyPath)\()([^)]+?(?:[(].*?[)])?)(\))")]
    private static partial Regex SelectorOrKeyPath();
    [GeneratedRegex(@"\G#(line|file|column|function|dsohandle)")]
    private static partial Regex PoundLiteral();
    [GeneratedRegex(@"\G(let|var)\b(\s*)(" + Id + ")")]
    private static partial Regex Binding();
    [GeneratedRegex(@"\G(let|var)\b(\s*)([(])")]
    private static partial Regex TupleBinding();
    [GeneratedRegex(@"\G(?!\b(if|while|for|private|internal|unowned|switch|case)\b)\b" + Id + @"(?=(\?|!)?\s*[(])")]
    private static partial Regex Call();
    [GeneratedRegex(@"\Gas[?!]?(?=\s)")]
    private static partial Regex Cast();
    [GeneratedRegex(@"\Gtry[!]?(?=\s)")]
    private static partial Regex Try();
    [GeneratedRegex(@"\G(#?(?!default)(?!\p{Lu})" + Id + @")(\s*)(:)")]
    private static partial Regex ArgumentLabel();
    [GeneratedRegex(@"\G" + Id)]
    private static partial Regex Identifier();
    [GeneratedRegex(@"\G(`)(" + Id + ")(`)")]
    private static partial Regex EscapedIdentifier();
    [GeneratedRegex(@"\G(" + Id + ")")]
    private static partial Regex TupleName();
    [GeneratedRegex(@"\G,")]
    private static partial Regex Comma();
    [GeneratedRegex(@"\G[(]")]
    private static partial Regex OpenParen();
    [GeneratedRegex(@"\G[)]")]
    private static partial Regex CloseParen();
    [GeneratedRegex(@"\G\\[\\0tnr'""]")]
    private static partial Regex Escape();
    [GeneratedRegex(@"\G\\[(]")]
    private static partial Regex InterpolationStart();
    [GeneratedRegex(@"\G\\u\{[0-9a-fA-F]{1,8}\}")]
    private static partial Regex UnicodeEscape();
    [GeneratedRegex(@"\G[^\\""]+")]
    private static partial Regex StringChars();
    [GeneratedRegex(@"\G""""""")]
    private static partial Regex TripleQuote();
    [GeneratedRegex(@"\G""")]
    private static partial Regex Quote();
}
