using System.Text.RegularExpressions;

namespace Gazette.Highlighting.Lexers;

/// <summary>The patterns of <see cref="MarkdownLexer"/>.</summary>
internal sealed partial class MarkdownLexer
{
    // Rouge: edot, an escaped character or any other but a backslash or newline.
    private const string Edot = @"(?:\\.|[^\\\n])";
    private const RegexOptions Lines = RegexOptions.Multiline;

    private static readonly char[] RubyWhitespace = [' ', '\t', '\n', '\v', '\f', '\r', '\0'];

    [GeneratedRegex(@"\G\A(---\s*\n.*?\n?)^(---\s*$\n?)", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FrontMatter();
    [GeneratedRegex(@"\G\\.")]
    private static partial Regex EscapedChar();
    [GeneratedRegex(@"\G^[\S ]+\n(?:---*)\n", Lines)]
    private static partial Regex SetextHeading();
    [GeneratedRegex(@"\G^[\S ]+\n(?:===*)\n", Lines)]
    private static partial Regex SetextSubheading();
    [GeneratedRegex(@"\G^#(?=[^#]).*?$", Lines)]
    private static partial Regex AtxHeading();
    [GeneratedRegex(@"\G^##*.*?$", Lines)]
    private static partial Regex AtxSubheading();
    [GeneratedRegex(@"\G^([ \t]*)(`{3,}|~{3,})([^\n]*\n)((.*?)(\n\1)(\2))?", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Fence();
    [GeneratedRegex(@"\G\n\n((    |\t).*?\n|\n)+")]
    private static partial Regex IndentedCode();
    [GeneratedRegex(@"\G(`+)(?:" + Edot + @"|\n)+?\1")]
    private static partial Regex CodeSpan();
    [GeneratedRegex(@"\G^(\s*[*]){3,}\s*$", Lines)]
    private static partial Regex StarRule();
    [GeneratedRegex(@"\G^(\s*[-]){3,}\s*$", Lines)]
    private static partial Regex DashRule();
    [GeneratedRegex(@"\G^\s*[*+-](?=\s)", Lines)]
    private static partial Regex Bullet();
    [GeneratedRegex(@"\G^\s*\d+\.", Lines)]
    private static partial Regex Ordinal();
    [GeneratedRegex(@"\G^\s*>.*?$", Lines)]
    private static partial Regex Quote();
    [GeneratedRegex(@"\G^(\s*)(\[)(" + Edot + @"+?)(\])(\s*)(:)", Lines)]
    private static partial Regex ReferenceDefinition();
    [GeneratedRegex(@"\G(!?\[)(" + Edot + @"*?|[^\]]*?)(\])(?=[\[(])")]
    private static partial Regex LinkText();
    [GeneratedRegex(@"\G[*][*]" + Edot + "*?[*][*]")]
    private static partial Regex StarStrong();
    [GeneratedRegex(@"\G__" + Edot + "*?__")]
    private static partial Regex UnderscoreStrong();
    [GeneratedRegex(@"\G[*]" + Edot + "*?[*]")]
    private static partial Regex StarEmphasis();
    [GeneratedRegex(@"\G_" + Edot + "*?_")]
    private static partial Regex UnderscoreEmphasis();
    [GeneratedRegex(@"\G<.*?@.+[.].+>")]
    private static partial Regex EmailLink();
    [GeneratedRegex(@"\G<(https?|mailto|ftp)://" + Edot + "*?>")]
    private static partial Regex AutoLink();
    [GeneratedRegex(@"\G[^\\`\[*\n&<]+")]
    private static partial Regex PlainText();
    [GeneratedRegex(@"\G&\S*;")]
    private static partial Regex Entity();
    [GeneratedRegex(@"\G<" + Edot + "*?>")]
    private static partial Regex Tag();
    [GeneratedRegex(@"\G[&<]")]
    private static partial Regex AmpersandOrLessThan();
    [GeneratedRegex(@"\G\[")]
    private static partial Regex OpenBracket();
    [GeneratedRegex(@"\G\n")]
    private static partial Regex Newline();
    [GeneratedRegex(@"\G(\[)(" + Edot + @"*?)(\])")]
    private static partial Regex ReferenceLabel();
    [GeneratedRegex(@"\G[(]")]
    private static partial Regex OpenParen();
    [GeneratedRegex(@"\G[)]")]
    private static partial Regex CloseParen();
    [GeneratedRegex(@"\G[ \t]+")]
    private static partial Regex Blanks();
    [GeneratedRegex(@"\G")]
    private static partial Regex Empty();
    [GeneratedRegex(@"\G(<)(" + Edot + "*?)(>)")]
    private static partial Regex AngleUrl();
    [GeneratedRegex(@"\G\S+")]
    private static partial Regex NonSpace();
    [GeneratedRegex(@"\G""" + Edot + @"*?""")]
    private static partial Regex DoubleQuotedTitle();
    [GeneratedRegex(@"\G'" + Edot + "*?'")]
    private static partial Regex SingleQuotedTitle();
    [GeneratedRegex(@"\G[(]" + Edot + "*?[)]")]
    private static partial Regex ParenthesizedTitle();
    [GeneratedRegex(@"\G\s*(?=[""'()])")]
    private static partial Regex BeforeTitle();
    [GeneratedRegex(@"\G[^<\s)]+")]
    private static partial Regex InlineUrl();
    [GeneratedRegex(@"\G\s+")]
    private static partial Regex Whitespace();
    [GeneratedRegex(@"\G^.*\n", Lines)]
    private static partial Regex CodeLine();
}
