using System.Text.RegularExpressions;

namespace Gazette.Highlighting.Lexers;

/// <summary>The patterns of <see cref="PhpLexer"/>.</summary>
internal sealed partial class PhpLexer
{
    private const string IdPattern = @"[\p{L}_][\p{L}\p{N}_]*";
    private const string Ns = @"(?:" + IdPattern + @"\\)+";
    private const string IdWithNs = "(?:" + Ns + ")?" + IdPattern;
    private const RegexOptions IgnoreCase = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\G\?>")]
    private static partial Regex CloseTag();
    [GeneratedRegex(@"\G")]
    private static partial Regex Empty();
    [GeneratedRegex(@"\G\s*(?=<)", RegexOptions.Singleline)]
    private static partial Regex SpaceBeforeTag();
    [GeneratedRegex(@"\G[^$]+(?=<\?(php|=))", IgnoreCase)]
    private static partial Regex TextBeforeTag();
    [GeneratedRegex(@"\G" + IdWithNs + @"(?=\s*\()")]
    private static partial Regex CalledName();
    [GeneratedRegex(@"\G" + IdWithNs)]
    private static partial Regex QualifiedName();
    [GeneratedRegex(@"\G[~!%^&*+\|:.<>\/@-]+")]
    private static partial Regex Operators();
    [GeneratedRegex(@"\G""")]
    private static partial Regex DoubleQuote();
    [GeneratedRegex(@"\G[^\\{$""]+")]
    private static partial Regex StringChars();
    [GeneratedRegex(@"\G\\u\{[0-9a-fA-F]+\}")]
    private static partial Regex UnicodeEscape();
    [GeneratedRegex(@"\G\\([efrntv\""$\\]|[0-7]{1,3}|[xX][0-9a-fA-F]{1,2})")]
    private static partial Regex StringEscape();
    [GeneratedRegex(@"\G\$" + IdPattern + @"(\[\S+\]|->" + IdPattern + ")?")]
    private static partial Regex InterpolatedVariable();
    [GeneratedRegex(@"\G\{\$\{")]
    private static partial Regex DollarBraceStart();
    [GeneratedRegex(@"\G\{(?=\$)")]
    private static partial Regex BraceBeforeDollar();
    [GeneratedRegex(@"\G(\{)(\S+)(\})")]
    private static partial Regex BracedName();
    [GeneratedRegex(@"\G[${\\]+")]
    private static partial Regex StringSpecials();
    [GeneratedRegex(@"\G\}\}")]
    private static partial Regex DoubleCloseBrace();
    [GeneratedRegex(@"\G\}")]
    private static partial Regex CloseBrace();
    [GeneratedRegex(@"\G\{")]
    private static partial Regex OpenBrace();
    [GeneratedRegex(@"\G<<<([""']?)(" + IdPattern + @")\1\n.*?\n\s*\2;?", IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Heredoc();
    [GeneratedRegex(@"\G(\d[_\d]*)?\.(\d[_\d]*)?(e[+-]?\d[_\d]*)?", IgnoreCase)]
    private static partial Regex Float();
    [GeneratedRegex(@"\G0[0-7][0-7_]*")]
    private static partial Regex Octal();
    [GeneratedRegex(@"\G0b[01][01_]*", IgnoreCase)]
    private static partial Regex Binary();
    [GeneratedRegex(@"\G0x[a-f0-9][a-f0-9_]*", IgnoreCase)]
    private static partial Regex Hex();
    [GeneratedRegex(@"\G\d[_\d]*")]
    private static partial Regex Integer();
    [GeneratedRegex(@"\G'([^'\\]*(?:\\.[^'\\]*)*)'")]
    private static partial Regex SingleQuoted();
    [GeneratedRegex(@"\G`([^`\\]*(?:\\.[^`\\]*)*)`")]
    private static partial Regex Backticks();
    [GeneratedRegex(@"\G(function|fn)\b", IgnoreCase)]
    private static partial Regex Function();
    [GeneratedRegex(@"\G(true|false|null)\b", IgnoreCase)]
    private static partial Regex Constant();
    [GeneratedRegex(@"\Gnew\b", IgnoreCase)]
    private static partial Regex New();
    [GeneratedRegex(@"\G\$\{\$+" + IdPattern + @"\}")]
    private static partial Regex VariableVariable();
    [GeneratedRegex(@"\G\$+" + IdPattern)]
    private static partial Regex Variable();
    [GeneratedRegex(@"\G\s+")]
    private static partial Regex Spaces();
    [GeneratedRegex(@"\G#.*?$", RegexOptions.Multiline)]
    private static partial Regex HashComment();
    [GeneratedRegex(@"\G//.*?$", RegexOptions.Multiline)]
    private static partial Regex SlashComment();
    [GeneratedRegex(@"\G/\*\*(?!/).*?\*/", RegexOptions.Singleline)]
    private static partial Regex DocComment();
    [GeneratedRegex(@"\G/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex BlockComment();
    [GeneratedRegex(@"\G<\?(php|=)?", IgnoreCase)]
    private static partial Regex OpenTag();
    [GeneratedRegex(@"\G(?:.*?(?=<\?)|.*)", RegexOptions.Singleline)]
    private static partial Regex TemplateText();
    [GeneratedRegex(@"\G(namespace)(\s+)(" + IdWithNs + ")", IgnoreCase)]
    private static partial Regex Namespace();
    [GeneratedRegex(@"\G(class|interface|trait|extends|implements)(\s+)(" + IdWithNs + ")", IgnoreCase)]
    private static partial Regex ClassDeclaration();
    [GeneratedRegex(@"\G[;,\(\)\{\}\[\]]")]
    private static partial Regex PunctuationChar();
    [GeneratedRegex(@"\G[=?]")]
    private static partial Regex AssignOrQuestion();
    [GeneratedRegex(@"\G,")]
    private static partial Regex Comma();
    [GeneratedRegex(@"\G[\[\]]")]
    private static partial Regex Bracket();
    [GeneratedRegex(@"\G\(")]
    private static partial Regex OpenParen();
    [GeneratedRegex(@"\G\)")]
    private static partial Regex CloseParen();
    [GeneratedRegex(@"\G\|")]
    private static partial Regex Pipe();
    [GeneratedRegex(@"\G" + IdPattern)]
    private static partial Regex Id();
    [GeneratedRegex(@"\G=")]
    private static partial Regex EqualsSign();
    [GeneratedRegex(@"\G&")]
    private static partial Regex Ampersand();
    [GeneratedRegex(@"\G[.]{3}")]
    private static partial Regex Ellipsis();
    [GeneratedRegex(@"\G\b(?:public|protected|private|readonly)\b", IgnoreCase)]
    private static partial Regex Visibility();
    [GeneratedRegex(@"\G\??" + IdPattern)]
    private static partial Regex TypeName();
    [GeneratedRegex(@"\G:")]
    private static partial Regex Colon();
    [GeneratedRegex(@"\Guse\b", IgnoreCase)]
    private static partial Regex Use();
    [GeneratedRegex(@"\G[,\(]")]
    private static partial Regex CommaOrParen();
    [GeneratedRegex(@"\Gclass\b", IgnoreCase)]
    private static partial Regex ClassKeyword();
    [GeneratedRegex(@"\G[,\}]")]
    private static partial Regex CommaOrCloseBrace();
    [GeneratedRegex(@"\G(function|const)\b", IgnoreCase)]
    private static partial Regex FunctionOrConst();
    [GeneratedRegex(@"\G(" + Ns + @")(\{)")]
    private static partial Regex GroupedNamespace();
    [GeneratedRegex(@"\G" + IdWithNs + "(_" + IdPattern + ")+")]
    private static partial Regex UnderscoredName();
    [GeneratedRegex(@"\G\b(?:readonly|static)\b", IgnoreCase)]
    private static partial Regex Modifier();
    [GeneratedRegex(@"\G(?=(abstract|const|function)\b)", IgnoreCase)]
    private static partial Regex BeforeMember();
}
