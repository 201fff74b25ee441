using Markdig.Parsers;
using Markdig.Syntax;

namespace Gazette.Markdown.Kramdown.Html;

/// <summary>Block-level raw HTML (an element with raw content, or a comment), consumed up to <see cref="EndPosition"/>.</summary>
internal sealed class KramdownHtmlBlock(BlockParser? parser) : LeafBlock(parser)
{
    public required KramdownHtmlNode Node { get; init; }

    public int EndPosition { get; init; }
}
