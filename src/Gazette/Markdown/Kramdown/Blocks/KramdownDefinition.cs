using Markdig.Parsers;
using Markdig.Syntax;

namespace Gazette.Markdown.Kramdown.Blocks;

/// <summary>One <c>dd</c> of a kramdown definition list.</summary>
internal sealed class KramdownDefinition(BlockParser? parser) : ContainerBlock(parser)
{
    /// <summary>A blank line came before this definition, so its first paragraph keeps its <c>&lt;p&gt;</c>.</summary>
    public bool FirstAsPara { get; init; }
}
