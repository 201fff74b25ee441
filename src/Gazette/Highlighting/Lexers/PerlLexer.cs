using static Gazette.Highlighting.TokenTypes;

namespace Gazette.Highlighting.Lexers;

/// <summary>Rouge's Perl lexer (rouge/lexers/perl.rb).</summary>
internal sealed partial class PerlLexer : RegexLexer
{
    private static readonly LexerDefinition States = Define();

    protected override LexerDefinition Definition => States;

    private static LexerDefinition Define()
    {
        var d = new LexerDefinitionBuilder<PerlLexer>();
        d.State("balanced_regex")
            .Rule(SlashRegex(), StrRegex, "#pop")
            .Rule(BangRegex(), StrRegex, "#pop")
            .Rule(BackslashRegex(), StrRegex, "#pop")
            .Rule(BraceRegex(), StrRegex, "#pop")
            .Rule(AngleRegex(), StrRegex, "#pop")
            .Rule(BracketRegex(), StrRegex, "#pop")
            .Rule(ParenRegex(), StrRegex, "#pop")
            .Rule(AtRegex(), StrRegex, "#pop")
            .Rule(PercentRegex(), StrRegex, "#pop")
            .Rule(DollarRegex(), StrRegex, "#pop");
        d.State("root")
            .Rule(LineComment(), CommentSingle)
            .Rule(Pod(), CommentMultiline)
            .Rule(KeywordPattern(), Keyword)
            .Rule(Format(), [Keyword, Text, Name, Text, Punctuation, Text], "format")
            .Rule(WordOperator(), OperatorWord)
            .Rule(SubstituteBrace(), StrRegex, "balanced_regex")
            .Rule(SubstituteAngle(), StrRegex, "balanced_regex")
            .Rule(SubstituteBracket(), StrRegex, "balanced_regex")
            .Rule(SubstituteParen(), StrRegex, "balanced_regex")
            .Rule(SubstituteSymbol(), StrRegex)
            .Rule(SubstituteWord(), StrRegex)
            .Rule(SlashMatch(), StrRegex)
            .Rule(MatchBalanced(), StrRegex, "balanced_regex")
            .Rule(MatchSymbol(), StrRegex)
            .Rule(MatchWord(), StrRegex)
            .Rule(BareRegexAfterBind(), StrRegex, "balanced_regex")
            .Rule(Spaces(), Text)
            .Rule(FatCommaAhead(), (lx, _) => lx.Push("fat_comma"))
            .Rule(Builtin(), NameBuiltin)
            .Rule(PseudoBuiltin(), NameBuiltinPseudo)
            .Rule(Heredoc(), Str)
            .Rule(EndMarker(), CommentPreproc, "end_part")
            .Rule(ControlVariable(), NameVariableGlobal)
            .Rule(PunctuationVariable(), NameVariableGlobal)
            .Rule(Sigil(), NameVariable, "varname")
            .Rule(OperatorChar(), Operator)
            .Rule(Octal(), NumOct)
            .Rule(Hex(), NumHex)
            .Rule(Binary(), NumBin)
            .Rule(Float(), NumFloat)
            .Rule(ExponentInteger(), NumFloat)
            .Rule(Integer(), NumInteger)
            .Rule(SingleQuote(), Punctuation, "sq")
            .Rule(DoubleQuote(), Punctuation, "dq")
            .Rule(Backtick(), Punctuation, "bq")
            .Rule(Glob(), StrRegex)
            .Rule(QuoteBrace(), StrOther, "cb_string")
            .Rule(QuoteParen(), StrOther, "rb_string")
            .Rule(QuoteBracket(), StrOther, "sb_string")
            .Rule(QuoteAngle(), StrOther, "lt_string")
            .Rule(QuoteSymbol(), StrOther)
            .Rule(Package(), Keyword, "modulename")
            .Rule(Sub(), Keyword, "funcname")
            .Rule(MultiCharOperator(), Operator)
            .Rule(PunctuationChar(), Punctuation)
            .Rule(WordAhead(), (lx, _) => lx.Push("name"));
        d.State("format")
            .Rule(FormatEnd(), StrInterpol, "#pop")
            .Rule(FormatLine(), StrInterpol);
        d.State("fat_comma")
            .Rule(LineComment(), CommentSingle)
            .Rule(Word(), Str)
            .Rule(Spaces(), Text)
            .Rule(FatComma(), Operator, "#pop");
        d.State("name_common")
            .Rule(Namespace(), NameNamespace)
            .Rule(QualifiedName(), NameVariable, "#pop");
        d.State("varname")
            .Rule(Spaces(), Text)
            .Rule(OpenSubscript(), Punctuation, "#pop")
            .Rule(ParenOrComma(), Punctuation, "#pop")
            .Rule(Semicolon(), Punctuation, "#pop")
            .Mixin("name_common");
        d.State("name")
            .Mixin("name_common")
            .Rule(Constant(), NameConstant, "#pop")
            .Rule(NonWordAhead(), (lx, _) => lx.Pop());
        d.State("modulename")
            .Rule(ModuleName(), NameNamespace, "#pop");
        d.State("funcname")
            .Rule(FunctionName(), NameFunction)
            .Rule(Spaces(), Text)
            .Rule(Prototype(), [Punctuation, Text])
            .Rule(UpToBrace(), Punctuation, "#pop")
            .Rule(Semicolon(), Punctuation, "#pop");
        d.State("sq")
            .Rule(SingleEscape(), StrEscape)
            .Rule(SingleChars(), StrSingle)
            .Rule(SingleQuote(), Punctuation, "#pop")
            .Rule(Backslash(), StrSingle);
        d.State("dq")
            .Mixin("string_intp")
            .Rule(DoubleEscape(), StrEscape)
            .Rule(OctalEscape(), StrEscape)
            .Rule(BracedOctalEscape(), StrEscape)
            .Rule(HexEscape(), StrEscape)
            .Rule(BracedHexEscape(), StrEscape)
            .Rule(ControlEscape(), StrEscape)
            .Rule(NamedEscape(), StrEscape)
            .Rule(DoubleChar(), StrDouble)
            .Rule(DoubleQuote(), Punctuation, "#pop")
            .Rule(Backslash(), StrEscape);
        d.State("bq")
            .Mixin("string_intp")
            .Rule(BacktickEscape(), StrEscape)
            .Rule(BacktickChar(), StrBacktick)
            .Rule(Backtick(), Punctuation, "#pop");
        QuoteState(d, "cb_string", CbEscape(), CbOpen(), CbClose(), CbChars());
        QuoteState(d, "rb_string", RbEscape(), RbOpen(), RbClose(), RbChars());
        QuoteState(d, "sb_string", SbEscape(), SbOpen(), SbClose(), SbChars());
        QuoteState(d, "lt_string", LtEscape(), LtOpen(), LtClose(), LtChars());
        d.State("in_interp")
            .Rule(CloseBrace(), StrInterpol, "#pop")
            .Rule(Spaces(), Text)
            .Rule(InterpolName(), StrInterpol);
        d.State("string_intp")
            .Rule(InterpolStart(), StrInterpol, "in_interp")
            .Rule(InterpolVariable(), StrInterpol);
        d.State("end_part")
            .Rule(Rest(), CommentPreproc, "#pop");
        return d.Build();
    }

    // Rouge builds the four bracketed q-string states in a loop.
    private static void QuoteState(
        LexerDefinitionBuilder<PerlLexer> d,
        string name,
        System.Text.RegularExpressions.Regex escape,
        System.Text.RegularExpressions.Regex open,
        System.Text.RegularExpressions.Regex close,
        System.Text.RegularExpressions.Regex chars) =>
        d.State(name)
            .Rule(escape, StrOther)
            .Rule(Backslash(), StrOther)
            .Rule(open, (lx, m) =>
            {
                lx.Token(StrOther, m.Value);
                lx.PushCurrent();
            })
            .Rule(close, StrOther, "#pop")
            .Rule(chars, StrOther);
}
