using Markdig.Parsers;
using Markdig.Syntax;

namespace Gazette.Markdown.Kramdown.Blocks;

/// <summary>
/// A source line that produces no output but separates blocks: the end-of-block marker <c>^</c>,
/// an attribute list definition, a block IAL or an <c>{::options}</c> extension.
/// </summary>
internal sealed class KramdownBlockMarker(BlockParser? parser) : LeafBlock(parser)
{
    public KramdownMarkerKind Kind { get; init; }

    /// <summary>The parsed IAL when this marker is a block IAL line.</summary>
    public KramdownAttributeList? Ial { get; init; }

    public static bool IsMarker(Block block) => block is KramdownBlockMarker;
}
