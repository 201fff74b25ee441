using Markdig.Parsers;
using Markdig.Syntax;

namespace Gazette.Markdown.Kramdown.Html;

/// <summary>A block HTML element whose content is parsed as span-level Markdown (content model span).</summary>
internal sealed class KramdownHtmlSpanBlock : LeafBlock
{
    public KramdownHtmlSpanBlock(BlockParser? parser) : base(parser) => ProcessInlines = true;

    public required KramdownHtmlElement Element { get; init; }

    /// <summary>Source position of the end tag (or the end of the text when there is none).</summary>
    public int ContentEnd { get; init; }

    public int EndPosition { get; init; }
}
