using Markdig.Parsers;
using Markdig.Syntax;

namespace Gazette.Markdown.Kramdown.Blocks;

/// <summary>A table cell; its text is parsed as span-level Markdown.</summary>
internal sealed class KramdownTableCell : LeafBlock
{
    public KramdownTableCell(BlockParser? parser) : base(parser) => ProcessInlines = true;
}
