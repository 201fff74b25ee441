using System.Text.RegularExpressions;

namespace Gazette.Highlighting.Lexers;

/// <summary>The patterns of <see cref="YamlLexer"/>.</summary>
internal sealed partial class YamlLexer
{
    private const string PlainScalarStart = @"[^ \t\n\r\f\v?:,\[\]{}#&*!\|>'""%@`]";
    private const RegexOptions Lines = RegexOptions.Multiline;

    [GeneratedRegex(@"\G#.*$", Lines)]
    private static partial Regex HashComment();
    [GeneratedRegex(@"\G\n+")]
    private static partial Regex Newlines();
    [GeneratedRegex(@"\G\n")]
    private static partial Regex Newline();
    [GeneratedRegex(@"\G[ ]+(?=#|$)", Lines)]
    private static partial Regex BlankBeforeComment();
    [GeneratedRegex(@"\G^%YAML\b", Lines)]
    private static partial Regex YamlDirective();
    [GeneratedRegex(@"\G^%TAG\b", Lines)]
    private static partial Regex TagDirective();
    [GeneratedRegex(@"\G^(?:---|\.\.\.)(?= |$)", Lines)]
    private static partial Regex DocumentMarker();
    [GeneratedRegex(@"\G[ ]*(?!\s|$)", Lines)]
    private static partial Regex LineIndent();
    [GeneratedRegex(@"\G\s*?\n")]
    private static partial Regex BlankLine();
    [GeneratedRegex(@"\G[ ]+(?=[-:?](?:[ ]|$))", Lines)]
    private static partial Regex SpacesBeforeIndicator();
    [GeneratedRegex(@"\G[?:-](?=[ ]|$)", Lines)]
    private static partial Regex Indicator();
    [GeneratedRegex(@"\G[ ]*")]
    private static partial Regex OptionalSpaces();
    [GeneratedRegex(@"\G[ ]*(?=#|$)", Lines)]
    private static partial Regex SpacesBeforeCommentOrEnd();
    [GeneratedRegex(@"\G[ ]+")]
    private static partial Regex Spaces();
    [GeneratedRegex(@"\G(?=" + PlainScalarStart + @"|[?:-][^ \t\n\r\f\v])")]
    private static partial Regex BeforePlainScalar();
    [GeneratedRegex(@"\G!<[0-9A-Za-z;\/?:@&=+$,_.!~*'()\[\]%-]+>")]
    private static partial Regex VerbatimTag();
    [GeneratedRegex(@"\G(?:![\w-]+)?!(?:[\w;/?:@&=+$,.!~*'()\[\]%-]*)")]
    private static partial Regex Tag();
    [GeneratedRegex(@"\G&[\p{L}\p{Nl}\p{Nd}_-]+")]
    private static partial Regex Anchor();
    [GeneratedRegex(@"\G\*[\p{L}\p{Nl}\p{Nd}_-]+")]
    private static partial Regex Alias();
    [GeneratedRegex(@"\G([^#,:?\[\]{}""'\n]+)(:)(?=\s|$)", Lines)]
    private static partial Regex Key();
    [GeneratedRegex(@"\G[\|>][+-]?")]
    private static partial Regex BlockScalarIndicator();
    [GeneratedRegex(@"\G\[")]
    private static partial Regex OpenBracket();
    [GeneratedRegex(@"\G\]")]
    private static partial Regex CloseBracket();
    [GeneratedRegex(@"\G\{")]
    private static partial Regex OpenBrace();
    [GeneratedRegex(@"\G\}")]
    private static partial Regex CloseBrace();
    [GeneratedRegex(@"\G'")]
    private static partial Regex SingleQuote();
    [GeneratedRegex(@"\G""")]
    private static partial Regex DoubleQuote();
    [GeneratedRegex(@"\G\s+")]
    private static partial Regex Whitespace();
    [GeneratedRegex(@"\G[?:,]")]
    private static partial Regex FlowIndicator();
    [GeneratedRegex(@"\G(?=" + PlainScalarStart + ")")]
    private static partial Regex BeforeFlowScalar();
    [GeneratedRegex(@"\G^[ ]+$", Lines)]
    private static partial Regex BlankScalarLine();
    [GeneratedRegex(@"\G^[ ]*", Lines)]
    private static partial Regex ScalarIndent();
    [GeneratedRegex(@"\G[^\n\r\f\v]+")]
    private static partial Regex ScalarText();
    [GeneratedRegex(@"\G(([1-9])[+-]?|[+-]?([1-9])?)(?=[ ]|$)", Lines)]
    private static partial Regex BlockScalarHeader();
    [GeneratedRegex(@"\G^[ ]+", Lines)]
    private static partial Regex LeadingSpaces();
    [GeneratedRegex(@"\G[ ]+$", Lines)]
    private static partial Regex TrailingSpaces();
    [GeneratedRegex(@"\G\\'")]
    private static partial Regex EscapedSingleQuote();
    [GeneratedRegex(@"\G[^\s']+")]
    private static partial Regex SingleQuotedChars();
    [GeneratedRegex(@"\G\\[0abt\tn\nvfre ""\\N_LP]")]
    private static partial Regex EscapeChar();
    [GeneratedRegex(@"\G\\(?:x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})")]
    private static partial Regex EscapeCode();
    [GeneratedRegex(@"\G[^ \t\n\r\f\v""\\]+")]
    private static partial Regex DoubleQuotedChars();
    [GeneratedRegex(@"\G^[ ]+\n", Lines)]
    private static partial Regex BlankLineInScalar();
    [GeneratedRegex(@"\G^(?=---|\.\.\.)", Lines)]
    private static partial Regex BeforeDocumentMarker();
    [GeneratedRegex(@"\G[ ]*(?=:[ \n]|:$)", Lines)]
    private static partial Regex SpacesBeforeKeyColon();
    [GeneratedRegex(@"\G[ ]*:\S+")]
    private static partial Regex ColonWord();
    [GeneratedRegex(@"\G[ ]+(?=#)")]
    private static partial Regex SpacesBeforeComment();
    [GeneratedRegex(@"\G(?:true|false|null)")]
    private static partial Regex SpecialValue();
    [GeneratedRegex(@"\G\d+(?:\.\d+)?(?=(\r?\n)| +#)")]
    private static partial Regex Number();
    [GeneratedRegex(@"\G[^\s:]+")]
    private static partial Regex PlainChars();
    [GeneratedRegex(@"\G[ ]*(?=[,:?\[\]{}])")]
    private static partial Regex SpacesBeforeFlowIndicator();
    [GeneratedRegex(@"\G[^\s,:?\[\]{}]+")]
    private static partial Regex FlowChars();
    [GeneratedRegex(@"\G([ ]+)(\d+\.\d+)")]
    private static partial Regex YamlVersion();
    [GeneratedRegex(@"\G([ ]+)(!|![\w-]*!)([ ]+)(!|!?[\w;/?:@&=+$,.!~*'()\[\]%-]+)")]
    private static partial Regex TagHandle();
}
