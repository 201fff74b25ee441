using System.Collections.Frozen;
using System.Text.RegularExpressions;
using static Gazette.Highlighting.TokenTypes;

namespace Gazette.Highlighting.Lexers;

/// <summary>
/// Rouge's Objective-C lexer (rouge/lexers/objective_c.rb with objective_c/common.rb): the C lexer with
/// <c>@</c> literals and keywords, message sends, class declarations and method definitions.
/// </summary>
internal sealed partial class ObjectiveCLexer : CLexer
{
    private const string ObjcId = "(?:[a-z$_][a-z0-9$_]*)";
    private const RegexOptions IgnoreCase = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static readonly FrozenSet<string> AtKeywords = Set(
        "selector private protected public encode synchronized try throw catch finally end property synthesize dynamic"
        + " optional interface implementation import autoreleasepool");

    private static readonly FrozenSet<string> AtBuiltins = Set("true false YES NO");

    private static readonly CWords ObjcWordSet = new(Set(CKeywords), Set(CTypes), Set(CReserved)) { Builtins = Set("YES NO nil") };

    private static readonly LexerDefinition ObjcStates = BuildObjcDefinition();

    protected override LexerDefinition Definition => ObjcStates;

    protected override CWords Words => ObjcWordSet;

    protected override CLexer CreateFresh() => new ObjectiveCLexer();

    private static LexerDefinition BuildObjcDefinition()
    {
        var d = new LexerDefinitionBuilder<CLexer>();
        DefineStates(d);
        d.Prepend("statements")
            .Rule(AtString(), Str, "string")
            .Rule(AtChar(), StrChar)
            .Rule(AtExponentFloat(), NumFloat)
            .Rule(AtFloat(), NumFloat)
            .Rule(AtHex(), NumHex)
            .Rule(AtOctal(), NumOct)
            .Rule(AtInteger(), NumInteger)
            .Rule(In(), Keyword)
            .Rule(AtClassDefinition(), Keyword, "objc_classname")
            .Rule(AtForwardDeclaration(), Keyword, "forward_classname")
            .Rule(AtWord(), (lx, m) =>
            {
                var word = m.Groups[1].Value;
                lx.Token(AtKeywords.Contains(word) ? Keyword : AtBuiltins.Contains(word) ? NameBuiltin : Error, m.Value);
            })
            .Rule(QuestionMark(), Punctuation, "ternary")
            .Rule(OpenBracket(), Punctuation, "message")
            .Rule(ArrayLiteral(), Punctuation, "array_literal")
            .Rule(DictionaryLiteral(), Punctuation, "dictionary_literal");
        d.State("ternary")
            .Rule(ColonChar(), Punctuation, "#pop")
            .Mixin("statements");
        d.State("message_shared")
            .Rule(CloseBracket(), Punctuation, "#pop")
            .Rule(OpenBraceChar(), Punctuation, "#pop")
            .Rule(SemicolonChar(), Error)
            .Mixin("statements");
        d.State("message")
            .Rule(Selector(), (lx, m) =>
            {
                lx.Groups(m, NameFunction, Text, Punctuation);
                lx.Goto("message_with_args");
            })
            .Rule(UnarySelector(), (lx, m) =>
            {
                lx.Groups(m, NameFunction, Text, Punctuation);
                lx.Pop();
            })
            .Mixin("message_shared");
        d.State("message_with_args")
            .Rule(OpenBraceChar(), Punctuation, "function")
            .Rule(Selector(), (lx, m) =>
            {
                lx.Groups(m, NameFunction, Text, Punctuation);
                lx.Pop();
            })
            .Mixin("message_shared");
        d.State("array_literal")
            .Rule(CloseBracket(), Punctuation, "#pop")
            .Rule(Comma(), Punctuation)
            .Mixin("statements");
        d.State("dictionary_literal")
            .Rule(CloseBraceChar(), Punctuation, "#pop")
            .Rule(Comma(), Punctuation)
            .Mixin("statements");
        d.State("objc_classname")
            .Mixin("whitespace")
            .Rule(Superclass(), (lx, m) =>
            {
                lx.Groups(m, NameClass, Text, Punctuation, Text, NameClass);
                lx.Pop();
            })
            .Rule(Category(), (lx, m) =>
            {
                lx.Groups(m, NameClass, Text, Punctuation, Text, NameLabel, Text, Punctuation);
                lx.Pop();
            })
            .Rule(ObjcIdentifier(), NameClass, "#pop");
        d.State("forward_classname")
            .Mixin("whitespace")
            .Rule(ForwardListItem(), (lx, m) =>
            {
                lx.Groups(m, NameClass, Text, Punctuation, Text);
                lx.PushCurrent();
            })
            .Rule(ForwardLast(), (lx, m) =>
            {
                lx.Groups(m, NameClass, Text, Punctuation);
                lx.Pop();
            });
        d.Prepend("root")
            .Rule(MethodStart(), (lx, m) =>
            {
                lx.Token(Keyword, m.Groups[1].Value);
                lx.Token(Text, m.Groups[2].Value);
                if (m.Groups[3].Success)
                {
                    lx.DelegateFresh(new ObjectiveCLexer(), m.Groups[3].Value);
                }
                lx.Token(Text, m.Groups[4].Value);
                lx.Push("method_definition");
            });
        d.State("method_definition")
            .Rule(Comma(), Punctuation)
            .Rule(Ellipsis(), Punctuation)
            .Rule(TypedParameter(), (lx, m) =>
            {
                lx.DelegateFresh(new ObjectiveCLexer(), m.Groups[1].Value);
                lx.Token(NameVariable, m.Groups[2].Value);
            })
            .Rule(SelectorPart(), [NameFunction, Text, Punctuation])
            .Rule(SemicolonChar(), Punctuation, "#pop")
            .Rule(OpenBraceChar(), (lx, m) =>
            {
                lx.Token(Punctuation, m.Value);
                lx.Goto("function");
            })
            .Mixin("inline_whitespace")
            .Rule(SlashComment(), CommentSingle)
            .Rule(AnySpace(), Text)
            .Rule(EmptyMatch(), (lx, _) => lx.Pop());
        return d.Build();
    }

    [GeneratedRegex(@"\G@""")]
    private static partial Regex AtString();
    [GeneratedRegex(@"\G@'(\\[0-7]{1,3}|\\x[a-fA-F0-9]{1,2}|\\.|[^\\'\n]')")]
    private static partial Regex AtChar();
    [GeneratedRegex(@"\G@(\d+[.]\d*|[.]\d+|\d+)e[+-]?\d+l?", IgnoreCase)]
    private static partial Regex AtExponentFloat();
    [GeneratedRegex(@"\G@(\d+[.]\d*|[.]\d+|\d+f)f?", IgnoreCase)]
    private static partial Regex AtFloat();
    [GeneratedRegex(@"\G@0x[0-9a-fA-F]+[lL]?")]
    private static partial Regex AtHex();
    [GeneratedRegex(@"\G@0[0-7]+l?", IgnoreCase)]
    private static partial Regex AtOctal();
    [GeneratedRegex(@"\G@\d+l?")]
    private static partial Regex AtInteger();
    [GeneratedRegex(@"\G\bin\b")]
    private static partial Regex In();
    [GeneratedRegex(@"\G@(?:interface|implementation)\b")]
    private static partial Regex AtClassDefinition();
    [GeneratedRegex(@"\G@(?:class|protocol)\b")]
    private static partial Regex AtForwardDeclaration();
    [GeneratedRegex(@"\G@([\p{L}\p{Nl}\p{Nd}]+)")]
    private static partial Regex AtWord();
    [GeneratedRegex(@"\G[?]")]
    private static partial Regex QuestionMark();
    [GeneratedRegex(@"\G\[")]
    private static partial Regex OpenBracket();
    [GeneratedRegex(@"\G@\[")]
    private static partial Regex ArrayLiteral();
    [GeneratedRegex(@"\G@\{")]
    private static partial Regex DictionaryLiteral();
    [GeneratedRegex(@"\G:")]
    private static partial Regex ColonChar();
    [GeneratedRegex(@"\G\]")]
    private static partial Regex CloseBracket();
    [GeneratedRegex(@"\G\{")]
    private static partial Regex OpenBraceChar();
    [GeneratedRegex(@"\G}")]
    private static partial Regex CloseBraceChar();
    [GeneratedRegex(@"\G;")]
    private static partial Regex SemicolonChar();
    [GeneratedRegex(@"\G(" + ObjcId + @")(\s*)(:)", IgnoreCase)]
    private static partial Regex Selector();
    [GeneratedRegex(@"\G(" + ObjcId + @")(\s*)(\])", IgnoreCase)]
    private static partial Regex UnarySelector();
    [GeneratedRegex(@"\G,")]
    private static partial Regex Comma();
    [GeneratedRegex(@"\G(" + ObjcId + @")(\s*)(:)(\s*)(" + ObjcId + ")", IgnoreCase)]
    private static partial Regex Superclass();
    [GeneratedRegex(@"\G(" + ObjcId + @")(\s*)([(])(\s*)(" + ObjcId + @")(\s*)([)])", IgnoreCase)]
    private static partial Regex Category();
    [GeneratedRegex(@"\G" + ObjcId, IgnoreCase)]
    private static partial Regex ObjcIdentifier();
    [GeneratedRegex(@"\G(" + ObjcId + @")(\s*)(,)(\s*)", IgnoreCase)]
    private static partial Regex ForwardListItem();
    [GeneratedRegex(@"\G(" + ObjcId + @")(\s*)(;?)", IgnoreCase)]
    private static partial Regex ForwardLast();
    // Rouge writes this with /ix: sign, return type, then a selector ahead.
    [GeneratedRegex(@"\G([-+])(\s*)([(].*?[)])?(\s*)(?=" + ObjcId + ":?)", IgnoreCase)]
    private static partial Regex MethodStart();
    [GeneratedRegex(@"\G[.][.][.]")]
    private static partial Regex Ellipsis();
    [GeneratedRegex(@"\G([(].*?[)])(" + ObjcId + ")", IgnoreCase)]
    private static partial Regex TypedParameter();
    [GeneratedRegex(@"\G(" + ObjcId + @")(\s*)(:)", IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex SelectorPart();
    [GeneratedRegex(@"\G//.*?\n")]
    private static partial Regex SlashComment();
    [GeneratedRegex(@"\G\s+", RegexOptions.Singleline)]
    private static partial Regex AnySpace();
    [GeneratedRegex(@"\G")]
    private static partial Regex EmptyMatch();
}
