using Markdig.Parsers;
using Markdig.Syntax;

namespace Gazette.Markdown.Kramdown.Blocks;

/// <summary>One table row; <see cref="Section"/> is "thead", "tbody" or "tfoot" and <see cref="Group"/> numbers the sections.</summary>
internal sealed class KramdownTableRow(BlockParser? parser) : ContainerBlock(parser)
{
    public string Section { get; set; } = "tbody";

    public int Group { get; set; }
}
