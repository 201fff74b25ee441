using System.Collections.Frozen;
using static Gazette.Highlighting.TokenTypes;

namespace Gazette.Highlighting.Lexers;

/// <summary>Rouge's Rust lexer (rouge/lexers/rust.rb).</summary>
internal sealed partial class RustLexer : RegexLexer
{
    private static readonly FrozenSet<string> Builtins = FrozenSet.ToFrozenSet(
        ("Add BitAnd BitOr BitXor bool c_char c_double c_float char c_int clock_t c_long c_longlong Cons Const Copy"
        + " c_schar c_short c_uchar c_uint c_ulong c_ulonglong c_ushort c_void dev_t DIR dirent Div Either Eq Err f32"
        + " f64 Failure FILE float fpos_t i16 i32 i64 i8 isize Index ino_t int intptr_t Left mode_t Modulo Mul Neg Nil"
        + " None Num off_t Ok Option Ord Owned pid_t Ptr ptrdiff_t Right Send Shl Shr size_t Some ssize_t str Sub"
        + " Success time_t u16 u32 u64 u8 usize uint uintptr_t Box Vec String Gc Rc Arc u128 i128 Result Sync Pin"
        + " Unpin Sized Drop drop Fn FnMut FnOnce Clone PartialEq PartialOrd AsMut AsRef From Into Default"
        + " DoubleEndedIterator ExactSizeIterator Extend IntoIterator Iterator").Split(' '),
        StringComparer.Ordinal);

    private static readonly LexerDefinition States = Define();

    // Rouge: @macro_delims, the open brackets of each kind inside a macro invocation.
    private int _brackets;
    private int _parens;
    private int _braces;

    protected override LexerDefinition Definition => States;

    protected override void OnStart()
    {
        (_brackets, _parens, _braces) = (0, 0, 0);
        Push("bol");
    }

    private static LexerDefinition Define()
    {
        var d = new LexerDefinitionBuilder<RustLexer>();
        d.State("bol")
            .Mixin("whitespace")
            .Rule(HashLine(), CommentSpecial)
            .Rule(Empty(), (lx, _) => lx.Pop());
        d.State("attribute")
            .Mixin("whitespace")
            .Mixin("has_literals")
            .Rule(AttributePunctuation(), NameDecorator)
            .Rule(CloseBracket(), NameDecorator, "#pop")
            .Rule(Identifier(), NameDecorator);
        d.State("whitespace")
            .Rule(Spaces(), Text)
            .Mixin("comments");
        d.State("comments")
            .Rule(SlashesComment(), CommentSingle)
            .Rule(DocComment(), CommentDoc)
            .Rule(LineComment(), CommentSingle)
            .Rule(EmptyBlockComment(), CommentMultiline)
            .Rule(StarsBlockStart(), CommentMultiline, "nested_plain_block")
            .Rule(DocBlockStart(), CommentDoc, "nested_doc_block")
            .Rule(BlockStart(), CommentMultiline, "nested_plain_block");
        foreach (var (name, token) in new[] { ("nested_plain_block", CommentMultiline), ("nested_doc_block", CommentDoc) })
        {
            d.State(name)
                .Rule(BlockEnd(), token, "#pop")
                .Rule(BlockStart(), token, name)
                .Rule(BlockChars(), token);
        }

        d.State("root")
            .Rule(Newline(), Text, "bol")
            .Mixin("whitespace")
            .Rule(AttributeStart(), NameDecorator, "attribute")
            .Rule(Keyword(), TokenTypes.Keyword)
            .Mixin("has_literals")
            .Rule(Arrow(), TokenTypes.Keyword)
            .Rule(TwoWayArrow(), TokenTypes.Keyword)
            .Rule(PunctuationChar(), Punctuation)
            .Rule(OperatorPattern(), Operator)
            .Rule(FunctionName(), NameFunction)
            .Rule(Await(), TokenTypes.Keyword)
            .Rule(Property(), NameProperty)
            .Rule(TupleIndex(), NameAttribute)
            .Rule(PathSegment(), [NameNamespace, Punctuation])
            .Rule(MacroRules(), NameDecorator, "macro_rules")
            .Rule(MacroName(), NameDecorator, "macro")
            .Rule(StaticLifetime(), TokenTypes.Keyword)
            .Rule(Lifetime(), NameVariable)
            .Rule(Identifier(), (lx, m) => lx.Token(Builtins.Contains(m.Value) ? NameBuiltin : Name, m.Value));
        d.State("macro")
            .Mixin("has_literals")
            .Rule(OpenDelimiter(), (lx, m) =>
            {
                lx.CountDelimiter(m.Value[0], 1);
                lx.Token(Punctuation, m.Value);
            })
            .Rule(CloseDelimiter(), (lx, m) =>
            {
                lx.CountDelimiter(m.Value[0], -1);
                if (lx._brackets == 0 && lx._parens == 0 && lx._braces == 0)
                {
                    lx.Pop();
                }

                lx.Token(Punctuation, m.Value);
            })
            .Rule(MacroName(), NameDecorator)
            .Mixin("root")
            .Rule(AnyChar(), Text);
        d.State("macro_rules")
            .Rule(MacroVariable(), NameVariable)
            .Rule(Dollar(), NameVariable)
            .Mixin("macro");
        d.State("has_literals")
            .Rule(Boolean(), KeywordConstant)
            .Rule(CharLiteral(), StrChar)
            .Rule(StringStart(), Str, "string")
            .Rule(RawString(), Str)
            .Rule(Float(), NumFloat)
            .Rule(Integer(), NumInteger);
        d.State("string")
            .Rule(Quote(), Str, "#pop")
            .Rule(Escape(), StrEscape)
            .Rule(StringChars(), Str);
        return d.Build();
    }

    private void CountDelimiter(char delimiter, int change)
    {
        switch (delimiter)
        {
            case '[' or ']':
                _brackets += change;
                break;
            case '(' or ')':
                _parens += change;
                break;
            default:
                _braces += change;
                break;
        }
    }
}
