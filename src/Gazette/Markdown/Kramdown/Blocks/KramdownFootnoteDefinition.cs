using Markdig.Parsers;
using Markdig.Syntax;

namespace Gazette.Markdown.Kramdown.Blocks;

/// <summary>A footnote definition <c>[^name]: …</c>; its blocks are written in the footnotes section.</summary>
internal sealed class KramdownFootnoteDefinition(BlockParser? parser) : ContainerBlock(parser)
{
    public string Name { get; init; } = "";

    /// <summary>Nothing followed the <c>[^name]:</c> on its line, which kramdown reads as a leading blank line.</summary>
    public bool StartsWithBlankLine { get; init; }
}
