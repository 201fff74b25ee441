using static Gazette.Highlighting.TokenTypes;

namespace Gazette.Highlighting.Lexers;

/// <summary>The states of <see cref="RubyLexer"/> that track what may follow: definitions, calls, expressions.</summary>
internal partial class RubyLexer
{
    private static readonly char[] RubySpace = [' ', '\t', '\n', '\v', '\f', '\r', '\0'];

    private static void DefineContexts(LexerDefinitionBuilder<RubyLexer> d)
    {
        d.State("funcname")
            .Rule(Spaces(), Text)
            .Rule(OpenParen(), Punctuation, "defexpr")
            .Rule(FunctionName(), [NameClass, Operator, NameFunction], "#pop")
            .Rule(Empty(), (lx, _) => lx.Pop());
        d.State("classname")
            .Rule(Spaces(), Text)
            .Rule(QualifiedName(), NameClass)
            .Rule(OpenParen(), (lx, m) =>
            {
                lx.Token(Punctuation, m.Value);
                lx.Push("defexpr");
                lx.Push("expr_start");
            })
            .Rule(Shovel(), (lx, m) =>
            {
                lx.Token(Operator, m.Value);
                lx.Goto("expr_start");
            })
            .Rule(ClassName(), NameClass, "#pop")
            .Rule(Empty(), (lx, _) => lx.Pop());
        d.State("ternary")
            .Rule(ColonSpace(), (lx, m) =>
            {
                lx.Groups(m, Punctuation, Text);
                lx.Goto("expr_start");
            })
            .Rule(TernaryColon(), (lx, m) =>
            {
                lx.Token(Punctuation, m.Value);
                lx.Goto("expr_start");
            })
            .Mixin("root");
        d.State("defexpr")
            .Rule(CloseParen(), [Punctuation, Operator], "#pop")
            .Rule(OpenParen(), (lx, m) =>
            {
                lx.Token(Punctuation, m.Value);
                lx.Push("defexpr");
                lx.Push("expr_start");
            })
            .Mixin("root");
        d.State("in_interp")
            .Rule(CloseBrace(), StrInterpol, "#pop")
            .Mixin("root");
        d.State("string_intp")
            .Rule(InterpolationStart(), StrInterpol, "in_interp")
            .Rule(InterpolatedVariable(), StrInterpol);
        d.State("string_intp_escaped")
            .Mixin("string_intp")
            .Rule(EscapeSequence(), StrEscape)
            .Rule(EscapedChar(), StrEscape);
        d.State("method_call")
            .Rule(SlashOrPercent(), (lx, m) =>
            {
                lx.Token(Operator, m.Value);
                lx.Goto("expr_start");
            })
            .Rule(BeforeNewline(), (lx, _) => lx.Pop())
            .Rule(Empty(), (lx, _) => lx.Goto("method_call_spaced"));
        d.State("method_call_spaced")
            .Mixin("whitespace")
            .Rule(AssignOperator(), (lx, m) =>
            {
                lx.Token(Operator, m.Value);
                lx.Goto("expr_start");
            })
            .Rule(RegexStart(), (lx, m) =>
            {
                lx.Token(StrRegex, m.Value);
                lx.Goto("slash_regex");
            })
            .Mixin("sigil_strings")
            .Rule(BeforeSlash(), (lx, _) => lx.Pop())
            .Rule(Spaces(), (lx, m) =>
            {
                lx.Token(Text, m.Value);
                lx.Goto("expr_start");
            })
            .Rule(Empty(), (lx, _) => lx.Pop());
        d.State("expr_start")
            .Mixin("inline_whitespace")
            .Rule(Slash(), (lx, m) =>
            {
                lx.Token(StrRegex, m.Value);
                lx.Goto("slash_regex");
            })
            .Rule(CharLiteral(), StrChar, "#pop")
            .Rule(SpacedSigil(), [Text, StrOther], "#pop")
            .Mixin("sigil_strings")
            .Rule(Empty(), (lx, _) => lx.Pop());
        d.State("slash_regex")
            .Mixin("string_intp")
            .Rule(EscapedBackslash(), StrRegex)
            .Rule(EscapedSlash(), StrRegex)
            .Rule(BackslashOrHash(), StrRegex)
            .Rule(RegexChars(), StrRegex)
            .Rule(Slash(), (lx, m) =>
            {
                lx.Token(StrRegex, m.Value);
                lx.Goto("regex_flags");
            });
        d.State("end_part").Rule(Rest(), CommentPreproc, "#pop");
    }
}
