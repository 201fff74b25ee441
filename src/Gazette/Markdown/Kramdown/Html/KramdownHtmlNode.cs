namespace Gazette.Markdown.Kramdown.Html;

/// <summary>A node of raw HTML as kramdown's HTML parser keeps it (kramdown: parser/html.rb parse_raw_html).</summary>
internal abstract class KramdownHtmlNode;

/// <summary>An HTML element: kramdown writes it back with normalised attributes (kramdown: converter/html.rb convert_html_element).</summary>
internal sealed class KramdownHtmlElement(string name) : KramdownHtmlNode
{
    public string Name { get; } = name;

    public List<KeyValuePair<string, string>> Attributes { get; } = [];

    public List<KramdownHtmlNode> Children { get; } = [];

    /// <summary>Written as <c>&lt;x /&gt;</c>: self-closed in the source, or an element without body.</summary>
    public bool IsClosed { get; set; }
}

/// <summary>Text inside raw HTML, escaped on output like kramdown's :text (existing references stay).</summary>
internal sealed class KramdownHtmlText(string text) : KramdownHtmlNode
{
    public string Text { get; } = text;
}

/// <summary>A comment, processing instruction or other markup written verbatim.</summary>
internal sealed class KramdownHtmlVerbatim(string text) : KramdownHtmlNode
{
    public string Text { get; } = text;
}
