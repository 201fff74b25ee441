using System.Text.RegularExpressions;

namespace Gazette.Highlighting.Lexers;

/// <summary>The patterns of <see cref="JavascriptLexer"/>.</summary>
internal partial class JavascriptLexer
{
    /// <summary>Rouge: Javascript.id_regex, <c>[\p{L}\p{Nl}$_][\p{Word}]*</c>.</summary>
    protected const string IdPattern = @"[\p{L}\p{Nl}$_][\p{L}\p{M}\p{Nd}\p{Pc}]*";

    private const RegexOptions IgnoreCase = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\G[*]/")]
    private static partial Regex CommentEnd();
    [GeneratedRegex(@"\G[^*/]+")]
    private static partial Regex CommentChars();
    [GeneratedRegex(@"\G[*/]")]
    private static partial Regex StarOrSlash();
    [GeneratedRegex(@"\G\s+")]
    private static partial Regex Spaces();
    [GeneratedRegex(@"\G<!--")]
    private static partial Regex HtmlCommentOpen();
    [GeneratedRegex(@"\G//.*?$", RegexOptions.Multiline)]
    private static partial Regex LineComment();
    [GeneratedRegex(@"\G/[*]")]
    private static partial Regex CommentStart();
    [GeneratedRegex(@"\G/")]
    private static partial Regex Slash();
    [GeneratedRegex(@"\G[{]")]
    private static partial Regex OpenBrace();
    [GeneratedRegex(@"\G}")]
    private static partial Regex CloseBrace();
    [GeneratedRegex(@"\G")]
    private static partial Regex Empty();
    [GeneratedRegex(@"\G[^/]\n")]
    private static partial Regex CharThenNewline();
    [GeneratedRegex(@"\G\n")]
    private static partial Regex Newline();
    [GeneratedRegex(@"\G\[\^")]
    private static partial Regex NegatedClassStart();
    [GeneratedRegex(@"\G\[")]
    private static partial Regex ClassStart();
    [GeneratedRegex(@"\G\]")]
    private static partial Regex ClassEnd();
    [GeneratedRegex(@"\G\\.")]
    private static partial Regex EscapedChar();
    [GeneratedRegex(@"\G[(][?][:=<!]")]
    private static partial Regex GroupStart();
    [GeneratedRegex(@"\G[{][\d,]+[}]")]
    private static partial Regex Quantifier();
    [GeneratedRegex(@"\G[()?]")]
    private static partial Regex RegexMeta();
    [GeneratedRegex(@"\G.")]
    private static partial Regex AnyChar();
    [GeneratedRegex(@"\G[gimuy]+")]
    private static partial Regex RegexFlags();
    [GeneratedRegex(@"\G\A\s*#!.*?\n", RegexOptions.Singleline)]
    private static partial Regex Shebang();
    [GeneratedRegex(@"\G(?<=\n)(?=\s|/|<!--)")]
    private static partial Regex AfterNewline();
    [GeneratedRegex(@"\G(?:\+\+|--|~|\?\?=?|&&|\|\||\\(?=\n)|<<|>>>?|===|!==)")]
    private static partial Regex LongOperator();
    [GeneratedRegex(@"\G[-<>+*%&|\^/!=]=?")]
    private static partial Regex ShortOperator();
    [GeneratedRegex(@"\G[(\[,]")]
    private static partial Regex OpenPunctuation();
    [GeneratedRegex(@"\G;")]
    private static partial Regex Semicolon();
    [GeneratedRegex(@"\G[)\].]")]
    private static partial Regex ClosePunctuation();
    [GeneratedRegex(@"\G`")]
    private static partial Regex Backtick();
    [GeneratedRegex(@"\G[?][.]")]
    private static partial Regex SafeNavigation();
    [GeneratedRegex(@"\G[?]")]
    private static partial Regex Question();
    [GeneratedRegex(@"\G(\@)(\w+)?")]
    private static partial Regex Decorator();
    [GeneratedRegex(@"\G[{}]")]
    private static partial Regex Brace();
    [GeneratedRegex(@"\G" + IdPattern, IgnoreCase)]
    private static partial Regex Identifier();
    [GeneratedRegex(@"\G[0-9][0-9]*\.[0-9]+([eE][0-9]+)?[fd]?")]
    private static partial Regex Float();
    [GeneratedRegex(@"\G0x[0-9a-fA-F]+", IgnoreCase)]
    private static partial Regex Hex();
    [GeneratedRegex(@"\G0o[0-7][0-7_]*", IgnoreCase)]
    private static partial Regex Octal();
    [GeneratedRegex(@"\G0b[01][01_]*", IgnoreCase)]
    private static partial Regex Binary();
    [GeneratedRegex(@"\G[0-9]+")]
    private static partial Regex Integer();
    [GeneratedRegex(@"\G""")]
    private static partial Regex DoubleQuote();
    [GeneratedRegex(@"\G'")]
    private static partial Regex SingleQuote();
    [GeneratedRegex(@"\G:")]
    private static partial Regex Colon();
    [GeneratedRegex(@"\G\\[\\nrt""]?")]
    private static partial Regex DoubleQuotedEscape();
    [GeneratedRegex(@"\G[^\\""]+")]
    private static partial Regex DoubleQuotedChars();
    [GeneratedRegex(@"\G\\[\\nrt']?")]
    private static partial Regex SingleQuotedEscape();
    [GeneratedRegex(@"\G[^\\']+")]
    private static partial Regex SingleQuotedChars();
    [GeneratedRegex(@"\Gcase\b")]
    private static partial Regex Case();
    [GeneratedRegex(@"\G(" + IdPattern + @")(\s*)(:)", IgnoreCase)]
    private static partial Regex Label();
    [GeneratedRegex(@"\G[$]{")]
    private static partial Regex TemplateExpressionStart();
    [GeneratedRegex(@"\G\\[$`]")]
    private static partial Regex TemplateEscape();
    [GeneratedRegex(@"\G[^$`\\]+")]
    private static partial Regex TemplateChars();
    [GeneratedRegex(@"\G[\\$]")]
    private static partial Regex BackslashOrDollar();
}
