using System.Collections.Frozen;
using System.Text.RegularExpressions;
using static Gazette.Highlighting.TokenTypes;

namespace Gazette.Highlighting.Lexers;

/// <summary>
/// Rouge's Terraform lexer (rouge/lexers/terraform.rb): HCL with Terraform's block keywords, <c>${…}</c>
/// interpolation in strings and heredocs, and an expression state inside interpolations.
/// </summary>
internal sealed partial class TerraformLexer : HclLexer
{
    private static readonly FrozenSet<string> TerraformKeywords = FrozenSet.ToFrozenSet(
        ["terraform", "module", "provider", "variable", "resource", "data", "provisioner", "output"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> TerraformDeclarations = FrozenSet.ToFrozenSet(["var", "local"], StringComparer.Ordinal);

    private static readonly LexerDefinition TerraformStates = BuildTerraform();

    protected override LexerDefinition Definition => TerraformStates;

    internal override FrozenSet<string> Keywords => TerraformKeywords;

    internal override FrozenSet<string> Declarations => TerraformDeclarations;

    private static LexerDefinition BuildTerraform()
    {
        var d = new LexerDefinitionBuilder<HclLexer>();
        DefineStates(d);
        d.Prepend("hash").Rule(ExpressionPunctuation(), Punctuation);
        d.Prepend("array").Rule(ExpressionPunctuation(), Punctuation);
        d.State("strings")
            .Rule(Escape(), StrEscape)
            .Rule(InterpolationStart(), Keyword, "interpolation");
        d.State("dq")
            .Rule(DoubleChars(), StrDouble)
            .Mixin("strings")
            .Rule(DoubleQuote(), StrDouble, "#pop");
        d.State("sq")
            .Rule(SingleChars(), StrSingle)
            .Mixin("strings")
            .Rule(SingleQuote(), StrSingle, "#pop");
        d.State("heredoc")
            .Rule(Newline(), StrHeredoc, "heredoc_nl")
            .Rule(HeredocChars(), StrHeredoc)
            .Rule(Dollar(), StrHeredoc)
            .Mixin("strings");
        d.State("interpolation")
            .Rule(CloseBrace(), Keyword, "#pop")
            .Mixin("expression");
        d.State("regexps")
            .Rule(RegexStart(), (lx, m) =>
            {
                lx.Token(StrDelimiter, m.Value);
                lx.Goto("regexp_inner");
            });
        d.State("regexp_inner")
            .Rule(RegexChars(), StrRegex)
            .Rule(Escape(), StrRegex)
            .Rule(RegexEnd(), StrDelimiter, "#pop")
            .Rule(QuoteOrSlash(), StrRegex);
        d.State("expression")
            .Mixin("regexps")
            .Mixin("primitives")
            .Rule(Spaces(), Text)
            .Rule(MultiCharOperator(), Operator)
            .Rule(OperatorPattern(), Operator)
            .Rule(OpenPunctuation(), Punctuation)
            .Rule(ClosePunctuation(), Punctuation)
            .Rule(ExpressionIdentifier(), (lx, m) =>
            {
                var word = m.Value;
                var token = lx.Keywords.Contains(word) ? Keyword
                    : lx.Declarations.Contains(word) ? KeywordDeclaration
                    : lx.Constants.Contains(word) ? KeywordConstant
                    : NameOther;
                lx.Token(token, word);
            });
        return d.Build();
    }

    [GeneratedRegex(@"\G[.,()*]")]
    private static partial Regex ExpressionPunctuation();
    [GeneratedRegex(@"\G\\.")]
    private static partial Regex Escape();
    [GeneratedRegex(@"\G\$\{")]
    private static partial Regex InterpolationStart();
    [GeneratedRegex(@"\G[^\\""\$]+")]
    private static partial Regex DoubleChars();
    [GeneratedRegex(@"\G[^\\'\$]+")]
    private static partial Regex SingleChars();
    [GeneratedRegex(@"\G""\/")]
    private static partial Regex RegexStart();
    [GeneratedRegex(@"\G[^""\/\\]+")]
    private static partial Regex RegexChars();
    [GeneratedRegex(@"\G\/""")]
    private static partial Regex RegexEnd();
    [GeneratedRegex(@"\G[""\/]")]
    private static partial Regex QuoteOrSlash();
    [GeneratedRegex(@"\G(?:\+\+|--|~|&&|\|\||\\(?=\n)|<<|>>>?|==|!=)")]
    private static partial Regex MultiCharOperator();
    [GeneratedRegex(@"\G[-<>+*%&|\^/!=?:]=?")]
    private static partial Regex OperatorPattern();
    [GeneratedRegex(@"\G[(\[,]")]
    private static partial Regex OpenPunctuation();
    [GeneratedRegex(@"\G[)\].]")]
    private static partial Regex ClosePunctuation();
    [GeneratedRegex(@"\G[$a-z_\-][a-z0-9_\-]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExpressionIdentifier();
}
