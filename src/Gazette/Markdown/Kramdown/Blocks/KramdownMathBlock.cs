using Markdig.Parsers;
using Markdig.Syntax;

namespace Gazette.Markdown.Kramdown.Blocks;

/// <summary>Block math <c>$$…$$</c> standing alone between block boundaries.</summary>
internal sealed class KramdownMathBlock(BlockParser? parser) : LeafBlock(parser)
{
    public string Content { get; init; } = "";

    /// <summary>Source position just after the closing <c>$$</c> line.</summary>
    public int EndPosition { get; init; }
}
