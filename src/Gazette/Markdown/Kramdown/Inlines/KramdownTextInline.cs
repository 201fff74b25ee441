using Markdig.Syntax.Inlines;

namespace Gazette.Markdown.Kramdown.Inlines;

/// <summary>A smart quote or typographic symbol: the HTML it writes and the text it stands for in header ids.</summary>
internal sealed class KramdownTextInline(string html, string rawText) : LeafInline
{
    public string Html { get; } = html;

    public string RawText { get; } = rawText;

    /// <summary>The HTML is made of characters kramdown writes as entities, so <c>entity_output</c> applies.</summary>
    public bool IsEntityText { get; init; }

    /// <summary>1 for the start tag of a span HTML element whose content is parsed, -1 for its end tag, else 0.</summary>
    public int SpanNesting { get; init; }

    /// <summary>For a start tag (<see cref="SpanNesting"/> 1): the element name, for the end tag kramdown adds when the text has none.</summary>
    public string ElementName { get; init; } = "";
}
