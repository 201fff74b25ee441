using System.Collections.Frozen;
using static Gazette.Highlighting.TokenTypes;

namespace Gazette.Highlighting.Lexers;

/// <summary>Rouge's C lexer (rouge/lexers/c.rb); C++ extends it.</summary>
internal partial class CLexer : RegexLexer
{
    private static readonly LexerDefinition States = BuildDefinition();

    private static readonly CWords CWordSet = new(
        Keywords: Set(CKeywords),
        Types: Set(CTypes),
        Reserved: Set(CReserved));

    protected override LexerDefinition Definition => States;

    /// <summary>The word lists identifiers are classified by (Rouge's class-level keyword sets).</summary>
    protected virtual CWords Words => CWordSet;

    protected static FrozenSet<string> Set(string words) =>
        FrozenSet.ToFrozenSet(words.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    /// <summary>A fresh lexer of the same language, for Rouge's <c>recurse</c>.</summary>
    protected virtual CLexer CreateFresh() => new();

    protected override void OnStart() => Push("bol");

    protected static void DefineStates(LexerDefinitionBuilder<CLexer> d)
    {
        d.State("expr_bol")
            .Mixin("inline_whitespace")
            .Rule(IfZero(), Comment, "if_0")
            .Rule(Hash(), CommentPreproc, "macro")
            .Rule(Empty(), (lx, _) => lx.Pop());
        d.State("bol")
            .Rule(Label(), NameLabel)
            .Mixin("expr_bol");
        d.State("inline_whitespace")
            .Rule(InlineSpace(), Text)
            .Rule(LineContinuation(), Text)
            .Rule(BlockComment(), CommentMultiline);
        d.State("whitespace")
            .Rule(Newlines(), Text, "bol")
            .Rule(LineComment(), CommentSingle, "bol")
            .Mixin("inline_whitespace");
        d.State("expr_whitespace")
            .Rule(Newlines(), Text, "expr_bol")
            .Mixin("whitespace");
        d.State("statements")
            .Mixin("whitespace")
            .Rule(StringStart(), Str, "string")
            .Rule(CharLiteral(), StrChar)
            .Rule(Float(), NumFloat)
            .Rule(ExponentFloat(), NumFloat)
            .Rule(Hex(), NumHex)
            .Rule(Octal(), NumOct)
            .Rule(Integer(), NumInteger)
            .Rule(StrayCommentEnd(), Error)
            .Rule(OperatorChar(), Operator)
            .Rule(PunctuationChar(), Punctuation)
            .Rule(Case(), Keyword, "case")
            .Rule(BuiltinConstant(), NameBuiltin)
            .Rule(Identifier(), (lx, m) =>
            {
                var words = lx.Words;
                lx.Token(
                    words.Keywords.Contains(m.Value) ? Keyword
                    : words.Types.Contains(m.Value) ? KeywordType
                    : words.Reserved.Contains(m.Value) ? KeywordReserved
                    : words.Builtins.Contains(m.Value) ? NameBuiltin
                    : Name,
                    m.Value);
            });
        d.State("case")
            .Rule(Colon(), Punctuation, "#pop")
            .Mixin("statements");
        d.State("root")
            .Mixin("expr_whitespace")
            .Rule(FunctionDefinition(), (lx, m) =>
            {
                lx.DelegateFresh(lx.CreateFresh(), m.Groups[1].Value);
                lx.Token(NameFunction, m.Groups[2].Value);
                lx.DelegateFresh(lx.CreateFresh(), m.Groups[3].Value);
                lx.DelegateFresh(lx.CreateFresh(), m.Groups[4].Value);
                lx.Token(Punctuation, m.Groups[5].Value);
                if (m.Groups[5].Value == "{")
                {
                    lx.Push("function");
                }
            })
            .Rule(OpenBrace(), Punctuation, "function")
            .Mixin("statements");
        d.State("function")
            .Mixin("whitespace")
            .Mixin("statements")
            .Rule(Semicolon(), Punctuation)
            .Rule(OpenBrace(), Punctuation, "function")
            .Rule(CloseBrace(), Punctuation, "#pop");
        d.State("string")
            .Rule(DoubleQuote(), Str, "#pop")
            .Rule(StringEscape(), StrEscape)
            .Rule(StringChars(), Str)
            .Rule(EscapedNewline(), Str)
            .Rule(Backslash(), Str);
        d.State("macro")
            .Mixin("include")
            .Rule(MacroChars(), CommentPreproc)
            .Rule(MacroEscape(), CommentPreproc)
            .Mixin("inline_whitespace")
            .Rule(Slash(), CommentPreproc)
            .Rule(Newline(), CommentPreproc, "#pop");
        d.State("include")
            .Rule(SystemInclude(), [CommentPreproc, Text, CommentPreprocFile, CommentSingle])
            .Rule(LocalInclude(), [CommentPreproc, Text, CommentPreprocFile, CommentSingle]);
        d.State("if_0")
            .Rule(NestedIf(), Comment, "if_0")
            .Rule(Else(), Comment, "#pop")
            .Rule(EndIf(), Comment, "#pop")
            .Rule(AnyLine(), Comment);
    }

    private static LexerDefinition BuildDefinition()
    {
        var d = new LexerDefinitionBuilder<CLexer>();
        DefineStates(d);
        return d.Build();
    }
}
