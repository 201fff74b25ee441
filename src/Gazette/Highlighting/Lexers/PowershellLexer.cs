using System.Collections.Frozen;
using static Gazette.Highlighting.TokenTypes;

namespace Gazette.Highlighting.Lexers;

/// <summary>Rouge's PowerShell lexer (rouge/lexers/powershell.rb).</summary>
internal sealed partial class PowershellLexer : RegexLexer
{
    private static readonly FrozenSet<string> Attributes = FrozenSet.ToFrozenSet(
        ["ConfirmImpact", "DefaultParameterSetName", "HelpURI", "PositionalBinding", "SupportsPaging", "SupportsShouldProcess"],
        StringComparer.Ordinal);

    private static readonly LexerDefinition States = Define();

    protected override LexerDefinition Definition => States;

    private static LexerDefinition Define()
    {
        var d = new LexerDefinitionBuilder<PowershellLexer>();
        d.State("variable")
            .Rule(AutoVariable(), NameBuiltinPseudo)
            .Rule(ScopedVariable(), [NameVariable, NameNamespace, Punctuation, NameVariable])
            .Rule(SimpleVariable(), NameVariable)
            .Rule(BracedVariable(), NameVariable);
        d.State("multiline")
            .Rule(HelpKeyword(), CommentSpecial)
            .Rule(MultilineEnd(), CommentMultiline, "#pop")
            .Rule(CommentChar(), CommentMultiline)
            .Rule(HashesOrDots(), CommentMultiline);
        d.State("interpol")
            .Rule(CloseParen(), StrInterpol, "#pop")
            .Mixin("root");
        d.State("dq")
            .Rule(DoubleQuoteEnd(), StrDouble, "#pop")
            .Rule(SubExpression(), StrInterpol, "interpol")
            .Rule(LineContinuation(), StrEscape)
            .Rule(BacktickEscape(), StrEscape)
            .Rule(DoubleChars(), StrDouble)
            .Mixin("variable");
        d.State("sq")
            .Rule(SingleQuote(), StrSingle, "#pop")
            .Rule(SingleChars(), StrSingle);
        d.State("heredoc")
            .Rule(HeredocEnd(), StrHeredoc, "#pop")
            .Rule(SubExpression(), StrInterpol, "interpol")
            .Rule(LineContinuation(), StrEscape)
            .Rule(BacktickEscape(), StrEscape)
            .Rule(HeredocChar(), StrHeredoc)
            .Rule(Quotes(), StrHeredoc)
            .Mixin("variable");
        d.State("class")
            .Rule(OpenBrace(), Punctuation, "#pop")
            .Rule(Spaces(), Whitespace)
            .Rule(Word(), NameClass)
            .Rule(ColonOrComma(), Punctuation);
        d.State("expr")
            .Mixin("comments")
            .Rule(DoubleQuote(), StrDouble, "dq")
            .Rule(SingleQuote(), StrSingle, "sq")
            .Rule(HeredocStart(), StrHeredoc, "heredoc")
            .Rule(SingleHeredoc(), StrHeredoc)
            .Rule(Float(), NumFloat)
            .Rule(Integer(), NumInteger)
            .Rule(HashtableStart(), Punctuation, "hasht")
            .Rule(ArrayStart(), Punctuation, "array")
            .Rule(OpenBrace(), Punctuation, "brace")
            .Rule(OpenBracket(), Punctuation, "bracket");
        d.State("hasht")
            .Rule(CloseBrace(), Punctuation, "#pop")
            .Rule(EqualsSign(), Operator)
            .Rule(CommaOrSemicolon(), Punctuation)
            .Mixin("expr")
            .Rule(Word(), NameOther)
            .Mixin("variable");
        d.State("array")
            .Rule(Spaces(), Whitespace)
            .Rule(CloseParen(), Punctuation, "#pop")
            .Rule(CommaOrSemicolon(), Punctuation)
            .Mixin("expr")
            .Mixin("variable");
        d.State("brace")
            .Rule(CloseBraceChar(), Punctuation, "#pop")
            .Mixin("root");
        d.State("bracket")
            .Rule(CloseBracket(), Punctuation, "#pop")
            .Rule(QualifiedTypePart(), Name)
            .Rule(TypeName(), (lx, m) => lx.Token(Attributes.Contains(m.Value) ? NameBuiltinPseudo : Name, m.Value))
            .Mixin("root");
        d.State("parameters")
            .Rule(ParameterEscape(), StrEscape)
            .Rule(ParametersEnd(), Whitespace, "#pop")
            .Rule(ParameterPunctuation(), Punctuation, "#pop")
            .Rule(PipeOrEquals(), Operator, "#pop")
            .Rule(PathArgument(), NameOther)
            .Rule(WordArgument(), NameOther)
            .Mixin("root");
        d.State("comments")
            .Rule(Spaces(), Whitespace)
            .Rule(LineComment(), Comment)
            .Rule(MultilineStart(), CommentMultiline, "multiline");
        d.State("root")
            .Mixin("comments")
            .Rule(Requires(), CommentPreproc)
            .Rule(RangeOperator(), Operator)
            .Rule(OperatorWords(), Operator)
            .Rule(ClassDeclaration(), [KeywordReserved, Whitespace, NameClass], "class")
            .Rule(FunctionDeclaration(), [KeywordReserved, Whitespace, NameNamespace, Punctuation, NameFunction])
            .Rule(KeywordPattern(), KeywordReserved)
            .Rule(ParameterName(), NameTag)
            .Rule(IndexedName(), [Operator, Name, Punctuation], "bracket")
            .Rule(Command(), [Name, Whitespace], "parameters")
            .Rule(MethodCall(), (lx, m) =>
            {
                lx.Groups(m, Operator, NameFunction, Punctuation, Whitespace);
                if (m.Groups[3].Success)
                {
                    lx.Push("parameters");
                }
            })
            .Rule(QuestionMark(), NameFunction, "parameters")
            .Mixin("expr")
            .Mixin("variable")
            .Rule(OperatorChar(), Operator)
            .Rule(PunctuationChar(), Punctuation);
        return d.Build();
    }
}
