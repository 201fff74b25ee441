using static Gazette.Highlighting.TokenTypes;

namespace Gazette.Highlighting.Lexers;

/// <summary>Rouge's Liquid lexer (rouge/lexers/liquid.rb).</summary>
internal sealed partial class LiquidLexer : RegexLexer
{
    private static readonly LexerDefinition States = Define();

    protected override LexerDefinition Definition => States;

    private static LexerDefinition Define()
    {
        var d = new LexerDefinitionBuilder<LiquidLexer>();
        d.State("root")
            .Rule(TextChars(), Text)
            .Rule(TagStart(), [Punctuation, Whitespace], "tag_or_block")
            .Rule(OutputStart(), [Punctuation, Whitespace], "output")
            .Rule(Brace(), Text);
        d.State("tag_or_block")
            .Rule(Conditional(), KeywordReserved, "condition")
            .Rule(When(), KeywordReserved, "when")
            .Rule(Else(), [KeywordReserved, Whitespace, Punctuation], "#pop")
            .Rule(Capture(), [NameTag, Whitespace, NameVariable, Whitespace, Punctuation], "#pop")
            .Rule(CommentTag(), [NameTag, Whitespace, Punctuation], "comment")
            .Rule(RawTag(), [NameTag, Whitespace, Punctuation], "raw")
            .Rule(EndConditional(), [KeywordReserved, Whitespace, Punctuation], "#pop")
            .Rule(EndTag(), [NameTag, Whitespace, Punctuation], "#pop")
            .Rule(Assign(), NameTag, "assign")
            .Rule(Include(), NameTag, "include")
            .Rule(Cycle(), (lx, m) =>
            {
                lx.Groups(m, NameTag, Whitespace, StringClass(m.Groups[3].Value, NameAttribute), Whitespace, Punctuation, Whitespace);
                lx.Push("variable_tag_markup");
            })
            .Rule(For(), (lx, m) =>
            {
                lx.Groups(m, NameTag, Whitespace, NameVariable, Whitespace, NameTag, Whitespace);
                lx.Token(StringClass(m.Groups[7].Value, NameVariable), m.Groups[7].Value);
                lx.Token(Whitespace, m.Groups[8].Value);
                lx.Push("tag_markup");
            })
            .Rule(AnyTag(), [NameTag, Whitespace], "tag_markup");
        d.State("output")
            .Rule(OutputFilter(), [Punctuation, Whitespace, NameFunction], "filters")
            .Mixin("end_of_tag")
            .Mixin("generic");
        d.State("filters")
            .Rule(Filter(), [Punctuation, Whitespace, NameFunction])
            .Mixin("end_of_tag")
            .Mixin("end_of_block")
            .Mixin("variable_param_markup");
        d.State("condition")
            .Rule(Comparison(), Operator)
            .Rule(WordOperator(), OperatorWord)
            .Mixin("end_of_block")
            .Mixin("generic");
        d.State("when")
            .Mixin("end_of_block")
            .Mixin("generic");
        d.State("end_of_tag").Rule(OutputEnd(), (lx, m) =>
        {
            lx.Token(Punctuation, m.Value);
            lx.ResetStack();
        });
        d.State("end_of_block").Rule(TagEnd(), (lx, m) =>
        {
            lx.Token(Punctuation, m.Value);
            lx.ResetStack();
        });
        d.State("param_markup")
            .Mixin("whitespace")
            .Mixin("keyword")
            .Mixin("string")
            .Mixin("number")
            .Rule(Parameter(), [NameAttribute, Whitespace, Operator])
            .Rule(CommaOrColon(), Punctuation);
        d.State("default_param_markup")
            .Mixin("param_markup")
            .Rule(NonSpace(), Text);
        d.State("variable_param_markup")
            .Mixin("param_markup")
            .Mixin("variable")
            .Rule(NonSpace(), Text);
        d.State("tag_markup")
            .Rule(Reversed(), NameAttribute)
            .Mixin("end_of_block")
            .Mixin("default_param_markup");
        d.State("variable_tag_markup")
            .Mixin("end_of_block")
            .Mixin("variable_param_markup");
        d.State("keyword").Rule(Constant(), KeywordConstant);
        d.State("variable")
            .Rule(BuiltinVariable(), NameBuiltin)
            .Rule(Accessor(), Punctuation)
            .Rule(SizeFunction(), NameFunction)
            .Rule(VariableName(), NameVariable);
        d.State("string")
            .Rule(SingleQuoted(), StrSingle)
            .Rule(DoubleQuoted(), StrDouble);
        d.State("number")
            .Rule(Minus(), Operator)
            .Rule(Float(), NumFloat)
            .Rule(Integer(), NumInteger);
        d.State("generic")
            .Mixin("whitespace")
            .Mixin("keyword")
            .Mixin("string")
            .Mixin("number")
            .Mixin("variable");
        d.State("whitespace").Rule(Blanks(), Whitespace);
        d.State("comment")
            .Rule(TextChars(), Comment)
            .Rule(EndComment(), (lx, m) =>
            {
                lx.Groups(m, Punctuation, Whitespace, NameTag, Whitespace, Punctuation);
                lx.ResetStack();
            })
            .Rule(Brace(), Comment);
        d.State("raw")
            .Rule(TextChars(), Text)
            .Rule(EndRaw(), (lx, m) =>
            {
                lx.Groups(m, Punctuation, Whitespace, NameTag, Whitespace, Punctuation);
                lx.ResetStack();
            })
            .Rule(Brace(), Text);
        d.State("assign")
            .Rule(EqualsSign(), Operator)
            .Rule(AssignFilter(), [Punctuation, Whitespace, NameFunction], "filters")
            .Mixin("end_of_block")
            .Mixin("generic");
        d.State("include")
            .Rule(OutputStart(), [Punctuation, Whitespace], "output_embed")
            .Rule(WithOrFor(), NameTag)
            .Rule(FileName(), Text)
            .Mixin("variable_tag_markup");
        d.State("output_embed")
            .Rule(OutputFilter(), [Punctuation, Whitespace, NameFunction])
            .Rule(OutputEnd(), Punctuation, "#pop")
            .Mixin("variable_param_markup");
        return d.Build();
    }

    // Rouge picks the token of a cycle name or for-loop collection by whether it contains a quoted string.
    private static string StringClass(string text, string otherwise) =>
        ContainsSingleQuoted().IsMatch(text) ? StrSingle : ContainsDoubleQuoted().IsMatch(text) ? StrDouble : otherwise;
}
