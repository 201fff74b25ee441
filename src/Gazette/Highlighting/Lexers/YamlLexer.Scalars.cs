using static Gazette.Highlighting.TokenTypes;

namespace Gazette.Highlighting.Lexers;

/// <summary>The scalar and directive states of <see cref="YamlLexer"/>.</summary>
internal sealed partial class YamlLexer
{
    private static void DefineScalars(LexerDefinitionBuilder<YamlLexer> d)
    {
        d.State("block_scalar_content")
            .Rule(Newlines(), Text)
            .Rule(BlankScalarLine(), (lx, m) =>
            {
                var text = m.Value;
                var mark = Math.Min(lx._blockScalarIndent ?? text.Length, text.Length);
                lx.Token(Text, text[..mark]);
                lx.Token(NameConstant, text[mark..]);
            })
            .Rule(ScalarIndent(), (lx, m) =>
            {
                lx.Token(Text, m.Value);
                var dedentLevel = lx._blockScalarIndent ?? lx.Indent;
                lx._blockScalarIndent ??= m.Length;
                if (m.Length < dedentLevel)
                {
                    lx.SaveIndent(m.Value);
                    lx.Pop();
                    lx.Push("indentation");
                }
            })
            .Rule(ScalarText(), Str);
        d.State("block_scalar_header").Rule(BlockScalarHeader(), (lx, m) =>
        {
            lx._blockScalarIndent = null;
            lx.Goto("ignored_line");
            if (m.Length == 0)
            {
                return;
            }

            lx._blockScalarIndent = lx.Indent + RubyToInt(m.Groups[1].Value);
            lx.Token(PunctuationIndicator, m.Value);
        });
        d.State("ignored_line")
            .Mixin("basic")
            .Rule(Spaces(), Text)
            .Rule(Newline(), Text, "#pop");
        d.State("quoted_scalar_whitespaces")
            .Rule(LeadingSpaces(), Text)
            .Rule(TrailingSpaces(), Text)
            .Rule(Newlines(), Text)
            .Rule(Spaces(), NameVariable);
        d.State("single_quoted_scalar")
            .Mixin("quoted_scalar_whitespaces")
            .Rule(EscapedSingleQuote(), StrEscape)
            .Rule(SingleQuote(), Str, "#pop")
            .Rule(SingleQuotedChars(), Str);
        d.State("double_quoted_scalar")
            .Rule(DoubleQuote(), Str, "#pop")
            .Mixin("quoted_scalar_whitespaces")
            .Rule(EscapeChar(), StrEscape)
            .Rule(EscapeCode(), StrEscape)
            .Rule(DoubleQuotedChars(), Str);
        d.State("plain_scalar_in_block_context_new_line")
            .Rule(BlankLineInScalar(), Text)
            .Rule(Newlines(), Text)
            .Rule(BeforeDocumentMarker(), (lx, _) => lx.Pop(3))
            .Rule(ScalarIndent(), (lx, m) =>
            {
                lx.Token(Text, m.Value);
                lx.Pop();
                if (m.Length <= lx.Indent)
                {
                    lx.Pop();
                    lx.SaveIndent(m.Value);
                    lx.Push("indentation");
                }
            });
        d.State("plain_scalar_in_block_context")
            .Rule(SpacesBeforeKeyColon(), Text, "#pop")
            .Rule(ColonWord(), Str)
            .Rule(SpacesBeforeComment(), Text, "#pop")
            .Rule(TrailingSpaces(), Text)
            .Rule(Newlines(), (lx, m) =>
            {
                lx.Token(Text, m.Value);
                lx.Push("plain_scalar_in_block_context_new_line");
            })
            .Rule(Spaces(), Str)
            .Rule(SpecialValue(), NameConstant)
            .Rule(Number(), Num, "#pop")
            .Rule(PlainChars(), Str);
        d.State("plain_scalar_in_flow_context")
            .Rule(SpacesBeforeFlowIndicator(), Text, "#pop")
            .Rule(SpacesBeforeComment(), Text, "#pop")
            .Rule(LeadingSpaces(), Text)
            .Rule(TrailingSpaces(), Text)
            .Rule(Newlines(), Text)
            .Rule(Spaces(), NameVariable)
            .Rule(FlowChars(), NameVariable);
        d.State("yaml_directive").Rule(YamlVersion(), (lx, m) =>
        {
            lx.Groups(m, Text, Num);
            lx.Goto("ignored_line");
        });
        d.State("tag_directive").Rule(TagHandle(), (lx, m) =>
        {
            lx.Groups(m, Text, KeywordType, Text, KeywordType);
            lx.Goto("ignored_line");
        });
    }

    /// <summary>Ruby's String#to_i: an optional sign and leading digits, else 0.</summary>
    private static int RubyToInt(string text)
    {
        var (sign, i) = text.Length > 0 && text[0] is '+' or '-' ? (text[0] == '-' ? -1 : 1, 1) : (1, 0);
        var value = 0;
        for (; i < text.Length && char.IsAsciiDigit(text[i]); i++)
        {
            value = (value * 10) + (text[i] - '0');
        }

        return sign * value;
    }
}
