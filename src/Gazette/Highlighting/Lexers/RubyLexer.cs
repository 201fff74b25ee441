using static Gazette.Highlighting.TokenTypes;

namespace Gazette.Highlighting.Lexers;

/// <summary>Rouge's Ruby lexer (rouge/lexers/ruby.rb).</summary>
internal partial class RubyLexer : RegexLexer
{
    private static readonly LexerDefinition States = BuildDefinition();

    // Rouge: @heredoc_queue, each pending heredoc's tolerance of indentation and its terminator.
    private readonly List<(bool Tolerant, string Name)> _heredocs = [];

    protected override LexerDefinition Definition => States;

    protected override void OnStart()
    {
        Push("expr_start");
        _heredocs.Clear();
    }

    private static LexerDefinition BuildDefinition()
    {
        var d = new LexerDefinitionBuilder<RubyLexer>();
        DefineStates(d);
        return d.Build();
    }

    protected static void DefineStates(LexerDefinitionBuilder<RubyLexer> d)
    {
        d.State("symbols")
            .Rule(Symbol(), StrSymbol)
            .Rule(OperatorSymbol(), StrSymbol)
            .Rule(QuotedSymbol(), StrSymbol)
            .Rule(DoubleQuotedSymbol(), StrSymbol, "simple_sym");
        d.State("sigil_strings").Rule(Sigil(), (lx, m) => lx.StartSigilString(m));
        d.State("strings")
            .Mixin("symbols")
            .Rule(HashKey(), StrSymbol, "expr_start")
            .Rule(SingleQuoted(), StrSingle)
            .Rule(DoubleQuote(), StrDouble, "simple_string")
            .Rule(BacktickStart(), StrBacktick, "simple_backtick");
        d.State("regex_flags").Rule(RegexFlags(), StrRegex, "#pop");
        d.State("simple_string")
            .Mixin("string_intp_escaped")
            .Rule(DoubleQuotedChars(), StrDouble)
            .Rule(BackslashOrHash(), StrDouble)
            .Rule(DoubleQuote(), StrDouble, "#pop");
        d.State("simple_sym")
            .Mixin("string_intp_escaped")
            .Rule(DoubleQuotedChars(), StrSymbol)
            .Rule(BackslashOrHash(), StrSymbol)
            .Rule(DoubleQuote(), StrSymbol, "#pop");
        d.State("simple_backtick")
            .Mixin("string_intp_escaped")
            .Rule(BacktickChars(), StrBacktick)
            .Rule(BackslashOrHash(), StrBacktick)
            .Rule(Backtick(), StrBacktick, "#pop");
        d.State("whitespace")
            .Mixin("inline_whitespace")
            .Rule(NewlineSpace(), Text, "expr_start")
            .Rule(LineComment(), CommentSingle)
            .Rule(BlockComment(), CommentMultiline);
        d.State("inline_whitespace").Rule(InlineSpace(), Text);
        d.State("root")
            .Mixin("whitespace")
            .Rule(EndMarker(), CommentPreproc, "end_part")
            .Rule(Octal(), NumOct)
            .Rule(Hex(), NumHex)
            .Rule(Binary(), NumBin)
            .Rule(Float(), NumFloat)
            .Rule(Decimal(), NumInteger)
            .Rule(ClassVariable(), NameVariableClass)
            .Rule(InstanceVariable(), NameVariableInstance)
            .Rule(GlobalVariable(), NameVariableGlobal)
            .Rule(SpecialGlobal(), NameVariableGlobal)
            .Rule(OptionGlobal(), NameVariableGlobal)
            .Rule(DoubleColon(), Operator)
            .Mixin("strings")
            .Rule(Keyword(), TokenTypes.Keyword, "expr_start")
            .Rule(KeywordPseudo(), TokenTypes.KeywordPseudo, "expr_start")
            .Rule(Module(), [TokenTypes.Keyword, Text, NameNamespace])
            .Rule(Def(), [TokenTypes.Keyword, Text], "funcname")
            .Rule(Class(), [TokenTypes.Keyword, Text], "classname")
            .Rule(BuiltinQuestion(), NameBuiltin, "expr_start")
            .Rule(BuiltinBang(), NameBuiltin, "expr_start")
            .Rule(Builtin(), NameBuiltin, "method_call")
            .Mixin("has_heredocs")
            .Rule(Range(), Operator, "expr_start")
            .Rule(Constant(), NameConstant, "method_call")
            .Rule(MethodName(), [Punctuation, Text, NameFunction], "method_call")
            .Rule(PredicateName(), Name, "expr_start")
            .Rule(Identifier(), Name, "method_call")
            .Rule(LongOperator(), Operator, "expr_start")
            .Rule(ShortOperator(), Operator, "expr_start")
            .Rule(Question(), (lx, m) =>
            {
                lx.Token(Punctuation, m.Value);
                lx.Push("ternary");
                lx.Push("expr_start");
            })
            .Rule(OpenPunctuation(), Punctuation, "expr_start")
            .Rule(ClosePunctuation(), Punctuation);
        d.State("has_heredocs")
            .Rule(Heredoc(), (lx, m) => lx.QueueHeredoc(m, m.Groups[3].Value))
            .Rule(EmptyHeredoc(), (lx, m) => lx.QueueHeredoc(m, ""));
        d.State("heredoc_queue")
            .Rule(BeforeNewline(), (lx, _) => lx.Goto("resolve_heredocs"))
            .Mixin("root");
        d.State("resolve_heredocs")
            .Mixin("string_intp_escaped")
            .Rule(Newline(), StrHeredoc, "test_heredoc")
            .Rule(HeredocSpecial(), StrHeredoc)
            .Rule(HeredocChars(), StrHeredoc);
        d.State("test_heredoc")
            .Rule(HeredocLine(), (lx, m) => lx.TestHeredoc(m.Value))
            .Rule(Empty(), (lx, _) => lx.Pop());
        DefineContexts(d);
    }

    private void QueueHeredoc(System.Text.RegularExpressions.Match m, string name)
    {
        Token(Operator, m.Groups[1].Value);
        Token(NameConstant, m.Groups[2].Value + m.Groups[3].Value + m.Groups[4].Value);
        _heredocs.Add((m.Groups[1].Value is "<<-" or "<<~", name));
        if (!IsState("heredoc_queue"))
        {
            Push("heredoc_queue");
        }
    }

    private void TestHeredoc(string line)
    {
        var (tolerant, name) = _heredocs.Count > 0 ? _heredocs[0] : (false, "");
        var check = tolerant ? line.Trim(RubySpace) : line.TrimEnd(RubySpace);
        if (_heredocs.Count > 0 && check == name)
        {
            _heredocs.RemoveAt(0);
            if (_heredocs.Count == 0)
            {
                Pop();
            }

            Token(NameConstant, line);
        }
        else
        {
            Token(StrHeredoc, line);
        }

        Pop();
    }
}
