using System.Text.RegularExpressions;
using Markdig.Parsers;

namespace Gazette.Markdown.Kramdown.Blocks;

/// <summary>
/// The line starts that end a kramdown paragraph with the GFM parser's <c>paragraph_end</c> quirk
/// (kramdown-parser-gfm: gfm.rb PARAGRAPH_END_GFM = LAZY_END | LIST_START | ATX_HEADER_START |
/// DEFINITION_LIST_START | BLOCKQUOTE_START | FENCED_CODEBLOCK_START).
/// </summary>
internal static partial class KramdownParagraphEnd
{
    /// <summary>A list item marker: <c>* </c>, <c>- </c>, <c>+ </c> or <c>1. </c> followed by a tab, space or pipe.</summary>
    public static bool IsListStart(BlockProcessor processor) => processor.Indent <= 3 && ListStart().IsMatch(processor.Line.AsSpan());

    /// <summary>A definition marker <c>: </c>.</summary>
    public static bool IsDefinitionStart(BlockProcessor processor) => processor.Indent <= 3 && DefinitionStart().IsMatch(processor.Line.AsSpan());

    /// <summary>An HTML tag that is not a span element (kramdown: LAZY_END_HTML_START / _STOP).</summary>
    public static bool IsHtmlBlockStart(BlockProcessor processor) => processor.Indent <= 3 && HtmlStart().IsMatch(processor.Line.AsSpan());

    [GeneratedRegex("""^(?:[+*-]|[0-9]+\.)[\t| ]""")]
    private static partial Regex ListStart();

    [GeneratedRegex("""^:[\t| ]""")]
    private static partial Regex DefinitionStart();

    [GeneratedRegex("""^</?(?!(?:a|abbr|acronym|b|big|bdo|br|button|cite|code|del|dfn|em|i|img|input|ins|kbd|label|mark|option|q|rb|rbc|rp|rt|rtc|ruby|samp|select|small|span|strong|sub|sup|time|tt|u|var|script)\b)[A-Za-z_:][A-Za-z0-9_:.\-]*""")]
    private static partial Regex HtmlStart();
}
