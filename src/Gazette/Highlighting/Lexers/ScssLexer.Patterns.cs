using System.Text.RegularExpressions;

namespace Gazette.Highlighting.Lexers;

/// <summary>The patterns of <see cref="ScssLexer"/>.</summary>
internal sealed partial class ScssLexer
{
    private const string IdPattern = @"[\w-]+";

    [GeneratedRegex(@"\G\s+")]
    private static partial Regex Spaces();
    [GeneratedRegex(@"\G//.*?$", RegexOptions.Multiline)]
    private static partial Regex LineComment();
    [GeneratedRegex(@"\G/[*].*?[*]/", RegexOptions.Singleline)]
    private static partial Regex BlockComment();
    [GeneratedRegex(@"\G@import\b")]
    private static partial Regex Import();
    [GeneratedRegex(@"\G(?=[^;{}][;}])")]
    private static partial Regex BeforeShortAttribute();
    [GeneratedRegex(@"\G(?=[^;{}:\[]+:[^a-z])")]
    private static partial Regex BeforeAttribute();
    [GeneratedRegex(@"\G")]
    private static partial Regex Empty();
    [GeneratedRegex(@"\G\n")]
    private static partial Regex Newline();
    [GeneratedRegex(@"\G[;{}]")]
    private static partial Regex SectionEnd();
    [GeneratedRegex(@"\G@for\b")]
    private static partial Regex For();
    [GeneratedRegex(@"\G@(debug|warn|if|each|while|else|return|media)")]
    private static partial Regex ControlDirective();
    [GeneratedRegex(@"\G(@mixin)(\s+)(" + IdPattern + ")")]
    private static partial Regex Mixin();
    [GeneratedRegex(@"\G(@function)(\s+)(" + IdPattern + ")")]
    private static partial Regex Function();
    [GeneratedRegex(@"\G@extend\b")]
    private static partial Regex Extend();
    [GeneratedRegex(@"\G(@include)(\s+)(" + IdPattern + ")")]
    private static partial Regex Include();
    [GeneratedRegex(@"\G@" + IdPattern)]
    private static partial Regex AtDirective();
    [GeneratedRegex(@"\G&")]
    private static partial Regex Ampersand();
    [GeneratedRegex(@"\G([$]" + IdPattern + @")([ \t]*)(:)")]
    private static partial Regex VariableDefinition();
    [GeneratedRegex(@"\G[ \t]+")]
    private static partial Regex Blanks();
    [GeneratedRegex(@"\G[$]" + IdPattern)]
    private static partial Regex Variable();
    [GeneratedRegex(@"\Gurl[(]")]
    private static partial Regex UrlStart();
    [GeneratedRegex(@"\G" + IdPattern + @"(?=\s*[(])")]
    private static partial Regex FunctionCall();
    [GeneratedRegex(@"\G%" + IdPattern)]
    private static partial Regex Placeholder();
    [GeneratedRegex(@"\G(true|false)\b")]
    private static partial Regex Boolean();
    [GeneratedRegex(@"\G(and|or|not)\b")]
    private static partial Regex WordOperator();
    [GeneratedRegex(@"\G#[a-z0-9]{1,6}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HexColor();
    [GeneratedRegex(@"\G-?\d+(%|[a-z]+)?")]
    private static partial Regex Number();
    [GeneratedRegex(@"\G-?\d*\.\d+(%|[a-z]+)?")]
    private static partial Regex Fraction();
    [GeneratedRegex(@"\G[~^*!&%<>\|+=@:,.\/?-]+")]
    private static partial Regex Operators();
    [GeneratedRegex(@"\G[\[\]()]+")]
    private static partial Regex Brackets();
    [GeneratedRegex(@"\G/[*]")]
    private static partial Regex CommentStart();
    [GeneratedRegex(@"\G//[^\n]*")]
    private static partial Regex SlashComment();
    [GeneratedRegex(@"\G" + IdPattern)]
    private static partial Regex Id();
    [GeneratedRegex(@"\G[#][{]")]
    private static partial Regex InterpolationStart();
    [GeneratedRegex(@"\G""")]
    private static partial Regex DoubleQuote();
    [GeneratedRegex(@"\G'")]
    private static partial Regex SingleQuote();
    [GeneratedRegex(@"\G}")]
    private static partial Regex CloseBrace();
    [GeneratedRegex(@"\G:")]
    private static partial Regex Colon();
    [GeneratedRegex(@"\G[.]")]
    private static partial Regex Dot();
    [GeneratedRegex(@"\G#")]
    private static partial Regex Hash();
    [GeneratedRegex(@"\G%")]
    private static partial Regex Percent();
    [GeneratedRegex(@"\G[~^*!&\[\]()<>\|+=@:;,.\/?-]")]
    private static partial Regex SelectorOperator();
    [GeneratedRegex(@"\G(\\.|#(?![{])|[^\n""#])+")]
    private static partial Regex DoubleQuotedChars();
    [GeneratedRegex(@"\G(\\.|#(?![{])|[^\n'#])+")]
    private static partial Regex SingleQuotedChars();
    [GeneratedRegex(@"\G[)]")]
    private static partial Regex CloseParen();
    [GeneratedRegex(@"\G(\\.|#(?![{])|[^\n)#])+")]
    private static partial Regex UrlChars();
    [GeneratedRegex(@"\G(from|to|through)")]
    private static partial Regex ForWord();
    [GeneratedRegex(@"\G([ \t]*)(:)")]
    private static partial Regex AttributeColon();
    [GeneratedRegex(@"\G(\\#|#(?=[^\n{])|\*(?=[^\n\/])|[^\n#*])+")]
    private static partial Regex InlineCommentChars();
    [GeneratedRegex(@"\G[*]/")]
    private static partial Regex CommentEnd();
}
