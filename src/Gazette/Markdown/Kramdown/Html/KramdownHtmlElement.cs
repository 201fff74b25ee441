namespace Gazette.Markdown.Kramdown.Html;

/// <summary>An HTML element: kramdown writes it back with normalised attributes (kramdown: converter/html.rb convert_html_element).</summary>
internal sealed class KramdownHtmlElement(string name) : KramdownHtmlNode
{
    public string Name { get; } = name;

    public List<KeyValuePair<string, string>> Attributes { get; } = [];

    public List<KramdownHtmlNode> Children { get; } = [];

    /// <summary>Written as <c>&lt;x /&gt;</c>: self-closed in the source, or an element without body.</summary>
    public bool IsClosed { get; set; }

    /// <summary>Span or block for an element inside raw HTML whose <c>markdown</c> attribute asks for parsing.</summary>
    public KramdownContentModel ContentModel { get; set; } = KramdownContentModel.Raw;

    /// <summary>The element's content, when it is parsed as Markdown.</summary>
    public string? MarkdownSource { get; set; }

    /// <summary>The parsed content (see <see cref="KramdownHtmlFragments"/>) and the text it was parsed from.</summary>
    public (Markdig.Syntax.MarkdownDocument Document, string Source)? Fragment { get; set; }
}
