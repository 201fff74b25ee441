using System.Text.RegularExpressions;

namespace Gazette.Highlighting.Lexers;

/// <summary>The patterns of <see cref="PythonLexer"/>, in Rouge's order.</summary>
internal sealed partial class PythonLexer
{
    // Ruby's [[:alpha:]] and [[:alnum:]] on UTF-8 text.
    private const string IdentifierPattern = @"[\p{L}\p{Nl}\p{Mn}\p{Mc}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}_]*";
    private const string DottedIdentifier = @"[\p{L}\p{Nl}\p{Mn}\p{Mc}_.][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}_.]*";
    private const string Digits = "[0-9](_?[0-9])*";
    private const string Exponent = "e[+-]?" + Digits;
    private const RegexOptions IgnoreCase = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\G\n+")]
    private static partial Regex Newlines();
    [GeneratedRegex(@"\G^(:)(\s*)([ru]{0,2}"""""".*?"""""")", RegexOptions.Multiline | RegexOptions.Singleline | IgnoreCase)]
    private static partial Regex DocString();
    [GeneratedRegex(@"\G[^\S\n]+")]
    private static partial Regex Blank();
    [GeneratedRegex(@"\G#(.*)?\n?")]
    private static partial Regex HashComment();
    [GeneratedRegex(@"\G[\[\]{}:(),;.]")]
    private static partial Regex PunctuationChar();
    [GeneratedRegex(@"\G\\\n")]
    private static partial Regex LineContinuation();
    [GeneratedRegex(@"\G\\")]
    private static partial Regex Backslash();
    [GeneratedRegex(@"\G(in|is|and|or|not)\b")]
    private static partial Regex WordOperator();
    [GeneratedRegex(@"\G(<<|>>|//|\*\*)=?")]
    private static partial Regex LongOperator();
    [GeneratedRegex(@"\G(?:[-~+/*%=<>&^|@]=?|!=)")]
    private static partial Regex ShortOperator();
    [GeneratedRegex(@"\G(from)((?:\\\s|\s)+)(" + DottedIdentifier + @")((?:\\\s|\s)+)(import)")]
    private static partial Regex FromImport();
    [GeneratedRegex(@"\G(import)(\s+)(" + DottedIdentifier + ")")]
    private static partial Regex Import();
    [GeneratedRegex(@"\G(def)((?:\s|\\\s)+)")]
    private static partial Regex Def();
    [GeneratedRegex(@"\G(class)((?:\s|\\\s)+)")]
    private static partial Regex Class();
    [GeneratedRegex(@"\G`.*?`")]
    private static partial Regex Backticks();
    [GeneratedRegex(@"\G([rfbu]{0,2})('''|""""""|['""])", IgnoreCase)]
    private static partial Regex StringStart();
    [GeneratedRegex(@"\G@" + DottedIdentifier, IgnoreCase)]
    private static partial Regex Decorator();
    [GeneratedRegex(@"\G" + IdentifierPattern)]
    private static partial Regex Identifier();
    [GeneratedRegex(@"\G((" + Digits + @")?\." + Digits + "|" + Digits + @"\.)(" + Exponent + ")?j?", IgnoreCase)]
    private static partial Regex DecimalFloat();
    [GeneratedRegex(@"\G" + Digits + Exponent + "j?", IgnoreCase)]
    private static partial Regex ExponentFloat();
    [GeneratedRegex(@"\G" + Digits + "j", IgnoreCase)]
    private static partial Regex Imaginary();
    [GeneratedRegex(@"\G0b(_?[0-1])+", IgnoreCase)]
    private static partial Regex Binary();
    [GeneratedRegex(@"\G0o(_?[0-7])+", IgnoreCase)]
    private static partial Regex Octal();
    [GeneratedRegex(@"\G0x(_?[a-f0-9])+", IgnoreCase)]
    private static partial Regex Hex();
    [GeneratedRegex(@"\G\d+L")]
    private static partial Regex Long();
    [GeneratedRegex(@"\G([1-9](_?[0-9])*|0(_?0)*)")]
    private static partial Regex Integer();
    [GeneratedRegex(@"\G[^'""\\{]+")]
    private static partial Regex StringChars();
    [GeneratedRegex(@"\G\{\{")]
    private static partial Regex DoubleBrace();
    [GeneratedRegex(@"\G(?:'''|""""""|['""])")]
    private static partial Regex Quote();
    [GeneratedRegex(@"\G(?=\\)")]
    private static partial Regex BeforeBackslash();
    [GeneratedRegex(@"\G\{")]
    private static partial Regex OpenBrace();
    [GeneratedRegex(@"\G\}")]
    private static partial Regex CloseBrace();
    [GeneratedRegex(@"\G\\([\\abfnrtv""']|\n|newline|N\{[a-zA-Z][a-zA-Z ]+[a-zA-Z]\}|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8}|x[a-fA-F0-9]{2}|[0-7]{1,3})")]
    private static partial Regex EscapeSequence();
    [GeneratedRegex(@"\G\\.")]
    private static partial Regex EscapedChar();
    [GeneratedRegex(@"\G[^{}!:]+")]
    private static partial Regex InterpolCode();
    [GeneratedRegex(@"\G![asr]")]
    private static partial Regex Conversion();
    [GeneratedRegex(@"\G:")]
    private static partial Regex Colon();
}
