namespace Gazette.Markdown.Kramdown.Html;

/// <summary>A node of raw HTML as kramdown's HTML parser keeps it (kramdown: parser/html.rb parse_raw_html).</summary>
internal abstract class KramdownHtmlNode;
