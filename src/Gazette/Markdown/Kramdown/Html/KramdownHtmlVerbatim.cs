namespace Gazette.Markdown.Kramdown.Html;

/// <summary>A comment, processing instruction or other markup written verbatim.</summary>
internal sealed class KramdownHtmlVerbatim(string text) : KramdownHtmlNode
{
    public string Text { get; } = text;
}
