using static Gazette.Highlighting.TokenTypes;

namespace Gazette.Highlighting.Lexers;

/// <summary>The states of <see cref="PhpLexer"/>, in Rouge's order.</summary>
internal sealed partial class PhpLexer
{
    private static LexerDefinition Define()
    {
        var d = new LexerDefinitionBuilder<PhpLexer>();
        d.State("escape").Rule(CloseTag(), (lx, m) =>
        {
            lx.Token(CommentPreproc, m.Value);
            lx.ResetStack();
        });
        d.State("return").Rule(Empty(), (lx, _) => lx.Pop());
        d.State("start")
            .Rule(SpaceBeforeTag(), (lx, m) =>
            {
                lx.Delegate(lx._parent, m.Value);
                lx.Pop();
            })
            .Rule(TextBeforeTag(), (lx, m) =>
            {
                lx.Delegate(lx._parent, m.Value);
                lx.Pop();
            })
            .Rule(Empty(), (lx, _) => lx.Goto("php"));
        d.State("names")
            .Rule(CalledName(), (lx, m) => lx.FunctionName(m))
            .Rule(QualifiedName(), (lx, m) => lx.Identifier(m));
        d.State("operators").Rule(Operators(), Operator);
        d.State("string")
            .Rule(DoubleQuote(), StrDouble, "#pop")
            .Rule(StringChars(), StrDouble)
            .Rule(UnicodeEscape(), StrEscape)
            .Rule(StringEscape(), StrEscape)
            .Rule(InterpolatedVariable(), NameVariable)
            .Rule(DollarBraceStart(), StrInterpol, "string_interp_double")
            .Rule(BraceBeforeDollar(), StrInterpol, "string_interp_single")
            .Rule(BracedName(), [StrInterpol, NameVariable, StrInterpol])
            .Rule(StringSpecials(), StrDouble);
        d.State("string_interp_double")
            .Rule(DoubleCloseBrace(), StrInterpol, "#pop")
            .Mixin("php");
        d.State("string_interp_single")
            .Rule(CloseBrace(), StrInterpol, "#pop")
            .Mixin("php");
        d.State("values")
            .Rule(Heredoc(), StrHeredoc)
            .Rule(Float(), NumFloat)
            .Rule(Octal(), NumOct)
            .Rule(Binary(), NumBin)
            .Rule(Hex(), NumHex)
            .Rule(Integer(), NumInteger)
            .Rule(SingleQuoted(), StrSingle)
            .Rule(Backticks(), StrBacktick)
            .Rule(DoubleQuote(), StrDouble, "string")
            .Rule(Function(), (lx, m) =>
            {
                lx.Push("in_function_return");
                lx.Push("in_function_params");
                lx.Push("in_function_name");
                lx.Token(Keyword, m.Value);
            })
            .Rule(Constant(), KeywordConstant)
            .Rule(New(), Keyword, "in_new");
        d.State("variables")
            .Rule(VariableVariable(), NameVariable)
            .Rule(Variable(), NameVariable);
        d.State("whitespace")
            .Rule(Spaces(), Text)
            .Rule(HashComment(), CommentSingle)
            .Rule(SlashComment(), CommentSingle)
            .Rule(DocComment(), CommentDoc)
            .Rule(BlockComment(), CommentMultiline);
        d.State("root")
            .Rule(OpenTag(), CommentPreproc, "php")
            .Rule(TemplateText(), (lx, m) => lx.Delegate(lx._parent, m.Value));
        d.State("php")
            .Mixin("escape")
            .Mixin("whitespace")
            .Mixin("variables")
            .Mixin("values")
            .Rule(Namespace(), [KeywordNamespace, Text, NameNamespace])
            .Rule(ClassDeclaration(), [KeywordDeclaration, Text, NameClass])
            .Mixin("names")
            .Rule(PunctuationChar(), Punctuation)
            .Mixin("operators")
            .Rule(AssignOrQuestion(), Operator);
        DefineContexts(d);
        return d.Build();
    }

    private static void DefineContexts(LexerDefinitionBuilder<PhpLexer> d)
    {
        d.State("in_assign")
            .Rule(Comma(), Punctuation, "#pop")
            .Rule(Bracket(), Punctuation)
            .Rule(OpenParen(), Punctuation, "in_assign_function")
            .Mixin("escape").Mixin("whitespace").Mixin("values").Mixin("variables").Mixin("names").Mixin("operators")
            .Mixin("return");
        d.State("in_assign_function")
            .Rule(CloseParen(), Punctuation, "#pop")
            .Rule(Comma(), Punctuation)
            .Mixin("in_assign");
        d.State("in_catch")
            .Rule(OpenParen(), Punctuation)
            .Rule(Pipe(), Operator)
            .Rule(Id(), NameClass)
            .Mixin("escape").Mixin("whitespace").Mixin("return");
        d.State("in_const")
            .Rule(Id(), NameConstant)
            .Rule(EqualsSign(), Operator, "in_assign")
            .Mixin("escape").Mixin("whitespace").Mixin("return");
        d.State("in_function_body")
            .Rule(OpenBrace(), Punctuation, "#push")
            .Rule(CloseBrace(), Punctuation, "#pop")
            .Mixin("php");
        d.State("in_function_name")
            .Rule(Ampersand(), Operator)
            .Rule(Id(), Name)
            .Rule(OpenParen(), Punctuation, "#pop")
            .Mixin("escape").Mixin("whitespace").Mixin("return");
        d.State("in_function_params")
            .Rule(CloseParen(), Punctuation, "#pop")
            .Rule(Comma(), Punctuation)
            .Rule(Ellipsis(), Punctuation)
            .Rule(EqualsSign(), Operator, "in_assign")
            .Rule(Visibility(), Keyword)
            .Rule(TypeName(), KeywordType, "in_assign")
            .Mixin("escape").Mixin("whitespace").Mixin("variables").Mixin("return");
        d.State("in_function_return")
            .Rule(Colon(), Punctuation)
            .Rule(Use(), Keyword, "in_function_use")
            .Rule(TypeName(), KeywordType, "in_assign")
            .Rule(OpenBrace(), (lx, m) =>
            {
                lx.Token(Punctuation, m.Value);
                lx.Goto("in_function_body");
            })
            .Mixin("escape").Mixin("whitespace").Mixin("return");
        d.State("in_function_use")
            .Rule(CommaOrParen(), Punctuation)
            .Rule(Ampersand(), Operator)
            .Rule(CloseParen(), Punctuation, "#pop")
            .Mixin("escape").Mixin("whitespace").Mixin("variables").Mixin("return");
        d.State("in_new")
            .Rule(ClassKeyword(), (lx, m) =>
            {
                lx.Token(KeywordDeclaration, m.Value);
                lx.Goto("in_new_class");
            })
            .Rule(QualifiedName(), NameClass, "#pop")
            .Mixin("escape").Mixin("whitespace").Mixin("return");
        d.State("in_new_class")
            .Rule(CloseBrace(), Punctuation, "#pop")
            .Rule(OpenBrace(), Punctuation)
            .Mixin("php");
        d.State("in_use")
            .Rule(CommaOrCloseBrace(), Punctuation)
            .Rule(FunctionOrConst(), Keyword)
            .Rule(GroupedNamespace(), [NameNamespace, Punctuation])
            .Rule(UnderscoredName(), NameFunction)
            .Mixin("escape").Mixin("whitespace").Mixin("names").Mixin("return");
        d.State("in_visibility")
            .Rule(Modifier(), Keyword)
            .Rule(BeforeMember(), Keyword, "#pop")
            .Rule(TypeName(), KeywordType, "#pop")
            .Mixin("escape").Mixin("whitespace").Mixin("return");
    }
}
