using Markdig.Parsers;
using Markdig.Syntax;

namespace Gazette.Markdown.Kramdown.Html;

/// <summary>Block-level raw HTML (an element with raw content, or a comment), consumed up to <see cref="EndPosition"/>.</summary>
internal sealed class KramdownHtmlBlock(BlockParser? parser) : LeafBlock(parser)
{
    public required KramdownHtmlNode Node { get; set; }

    public int EndPosition { get; init; }

    /// <summary>The block's lines as its container hands them over (indentation of list items or footnotes removed).</summary>
    public System.Text.StringBuilder Text { get; } = new();
}
