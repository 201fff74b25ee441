namespace Gazette.Markdown.Kramdown.Html;

/// <summary>Text inside raw HTML, escaped on output like kramdown's :text (existing references stay).</summary>
internal sealed class KramdownHtmlText(string text) : KramdownHtmlNode
{
    public string Text { get; } = text;
}
