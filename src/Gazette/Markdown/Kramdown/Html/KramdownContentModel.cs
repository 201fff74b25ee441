namespace Gazette.Markdown.Kramdown.Html;

/// <summary>How kramdown treats what is inside an HTML element (kramdown: HTML_CONTENT_MODEL, the markdown attribute).</summary>
internal enum KramdownContentModel
{
    Raw,
    Span,
    Block,
}
