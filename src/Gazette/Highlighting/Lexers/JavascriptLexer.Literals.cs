using static Gazette.Highlighting.TokenTypes;

namespace Gazette.Highlighting.Lexers;

/// <summary>Strings, statements, object literals and template strings of <see cref="JavascriptLexer"/>.</summary>
internal partial class JavascriptLexer
{
    private static void DefineLiterals(LexerDefinitionBuilder<JavascriptLexer> d)
    {
        d.State("dq")
            .Rule(DoubleQuotedEscape(), StrEscape)
            .Rule(DoubleQuotedChars(), StrDouble)
            .Rule(DoubleQuote(), StrDelimiter, "#pop");
        d.State("sq")
            .Rule(SingleQuotedEscape(), StrEscape)
            .Rule(SingleQuotedChars(), StrSingle)
            .Rule(SingleQuote(), StrDelimiter, "#pop");
        d.State("statement")
            .Rule(Case(), (lx, m) =>
            {
                lx.Token(Keyword, m.Value);
                lx.Goto("expr_start");
            })
            .Rule(Label(), [NameLabel, Text, Punctuation])
            .Mixin("expr_start");
        d.State("object")
            .Mixin("comments_and_whitespace")
            .Rule(OpenBrace(), (lx, m) =>
            {
                lx.Token(Punctuation, m.Value);
                lx.PushCurrent();
            })
            .Rule(CloseBrace(), (lx, m) =>
            {
                lx.Token(Punctuation, m.Value);
                lx.Goto("statement");
            })
            .Rule(Label(), [NameAttribute, Text, Punctuation], "expr_start")
            .Rule(Colon(), Punctuation)
            .Mixin("root");
        d.State("ternary")
            .Rule(Colon(), (lx, m) =>
            {
                lx.Token(Punctuation, m.Value);
                lx.Goto("expr_start");
            })
            .Mixin("root");
        d.State("template_string")
            .Rule(TemplateExpressionStart(), Punctuation, "template_string_expr")
            .Rule(Backtick(), StrDouble, "#pop")
            .Rule(TemplateEscape(), StrEscape)
            .Rule(TemplateChars(), StrDouble)
            .Rule(BackslashOrDollar(), StrDouble);
        d.State("template_string_expr")
            .Rule(CloseBrace(), Punctuation, "#pop")
            .Mixin("root");
    }
}
