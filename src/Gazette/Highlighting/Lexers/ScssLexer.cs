using static Gazette.Highlighting.TokenTypes;

namespace Gazette.Highlighting.Lexers;

/// <summary>Rouge's SCSS lexer (rouge/lexers/scss.rb on top of rouge/lexers/sass/common.rb).</summary>
internal sealed partial class ScssLexer : RegexLexer
{
    private static readonly LexerDefinition States = Define();

    protected override LexerDefinition Definition => States;

    private static LexerDefinition Define()
    {
        var d = new LexerDefinitionBuilder<ScssLexer>();
        DefineCommon(d);
        d.State("root")
            .Rule(Spaces(), Text)
            .Rule(LineComment(), CommentSingle)
            .Rule(BlockComment(), CommentMultiline)
            .Rule(Import(), Keyword, "value")
            .Mixin("content_common")
            .Rule(BeforeShortAttribute(), (lx, _) => lx.Push("attribute"))
            .Rule(BeforeAttribute(), (lx, _) => lx.Push("attribute"))
            .Rule(Empty(), (lx, _) => lx.Push("selector"));
        d.State("end_section")
            .Rule(Newline(), Text)
            .Rule(SectionEnd(), (lx, m) =>
            {
                lx.Token(Punctuation, m.Value);
                lx.ResetStack();
            });
        return d.Build();
    }

    /// <summary>The states Rouge's SassCommon gives every Sass dialect.</summary>
    private static void DefineCommon(LexerDefinitionBuilder<ScssLexer> d)
    {
        d.State("content_common")
            .Rule(For(), Keyword, "for")
            .Rule(ControlDirective(), Keyword, "value")
            .Rule(Mixin(), [Keyword, Text, NameFunction], "value")
            .Rule(Function(), [Keyword, Text, NameFunction], "value")
            .Rule(Extend(), Keyword, "selector")
            .Rule(Include(), [Keyword, Text, NameDecorator], "value")
            .Rule(AtDirective(), Keyword, "selector")
            .Rule(Ampersand(), Keyword, "selector")
            .Rule(VariableDefinition(), [NameVariable, Text, Punctuation], "value");
        d.State("value")
            .Mixin("end_section")
            .Rule(Blanks(), Text)
            .Rule(Variable(), NameVariable)
            .Rule(UrlStart(), StrOther, "string_url")
            .Rule(FunctionCall(), NameFunction)
            .Rule(Placeholder(), NameDecorator)
            .Rule(Boolean(), NameBuiltinPseudo)
            .Rule(WordOperator(), OperatorWord)
            .Rule(HexColor(), NumHex)
            .Rule(Number(), Num)
            .Rule(Fraction(), NumInteger)
            .Mixin("has_strings")
            .Mixin("has_interp")
            .Rule(Operators(), Operator)
            .Rule(Brackets(), Punctuation)
            .Rule(CommentStart(), CommentMultiline, "inline_comment")
            .Rule(SlashComment(), CommentSingle)
            .Rule(Id(), (lx, m) => lx.Token(
                CssWords.Builtins.Contains(m.Value) ? NameBuiltin
                : CssWords.Constants.Contains(m.Value) ? NameConstant
                : Name,
                m.Value));
        d.State("has_interp").Rule(InterpolationStart(), StrInterpol, "interpolation");
        d.State("has_strings")
            .Rule(DoubleQuote(), StrDouble, "dq")
            .Rule(SingleQuote(), StrSingle, "sq");
        d.State("interpolation")
            .Rule(CloseBrace(), StrInterpol, "#pop")
            .Mixin("value");
        d.State("selector")
            .Mixin("end_section")
            .Mixin("has_strings")
            .Mixin("has_interp")
            .Rule(Blanks(), Text)
            .Rule(Colon(), NameDecorator, "pseudo_class")
            .Rule(Dot(), NameClass, "class")
            .Rule(Hash(), NameNamespace, "id")
            .Rule(Percent(), NameVariable, "placeholder")
            .Rule(Id(), NameTag)
            .Rule(Ampersand(), Keyword)
            .Rule(SelectorOperator(), Operator);
        d.State("dq")
            .Rule(DoubleQuote(), StrDouble, "#pop")
            .Mixin("has_interp")
            .Rule(DoubleQuotedChars(), StrDouble);
        d.State("sq")
            .Rule(SingleQuote(), StrSingle, "#pop")
            .Mixin("has_interp")
            .Rule(SingleQuotedChars(), StrSingle);
        d.State("string_url")
            .Rule(CloseParen(), StrOther, "#pop")
            .Rule(UrlChars(), StrOther)
            .Mixin("has_interp");
        d.State("selector_piece")
            .Mixin("has_interp")
            .Rule(Empty(), (lx, _) => lx.Pop());
        d.State("pseudo_class").Rule(Id(), NameDecorator).Mixin("selector_piece");
        d.State("class").Rule(Id(), NameClass).Mixin("selector_piece");
        d.State("id").Rule(Id(), NameNamespace).Mixin("selector_piece");
        d.State("placeholder").Rule(Id(), NameVariable).Mixin("selector_piece");
        d.State("for")
            .Rule(ForWord(), OperatorWord)
            .Mixin("value");
        d.State("attr_common")
            .Mixin("has_interp")
            .Rule(Id(), (lx, m) => lx.Token(CssWords.Attributes.Contains(m.Value) ? NameLabel : NameAttribute, m.Value));
        d.State("attribute")
            .Mixin("attr_common")
            .Rule(AttributeColon(), [Text, Punctuation], "value");
        d.State("inline_comment")
            .Rule(InlineCommentChars(), CommentMultiline)
            .Mixin("has_interp")
            .Rule(CommentEnd(), CommentMultiline, "#pop");
    }
}
