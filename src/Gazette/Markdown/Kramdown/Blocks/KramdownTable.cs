using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Gazette.Markdown.Kramdown.Blocks;

/// <summary>A kramdown table: rows of cells, grouped into thead/tbody/tfoot sections.</summary>
internal sealed class KramdownTable(BlockParser? parser) : ContainerBlock(parser)
{
    /// <summary>The table's source lines while it is being parsed.</summary>
    public List<StringSlice> SourceLines { get; } = [];

    public bool LeadingPipe { get; set; }

    /// <summary>Per column: null (default), "left", "center" or "right".</summary>
    public List<string?> Alignments { get; } = [];
}
