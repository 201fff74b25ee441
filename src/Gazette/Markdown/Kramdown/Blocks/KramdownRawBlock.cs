using System.Text;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Gazette.Markdown.Kramdown.Blocks;

/// <summary>The body of a <c>{::nomarkdown}</c> (written as is) or <c>{::comment}</c> (written as an HTML comment) block.</summary>
internal sealed class KramdownRawBlock(BlockParser? parser) : LeafBlock(parser)
{
    public string ExtensionName { get; init; } = "";

    /// <summary>The <c>type</c> attribute of <c>{::nomarkdown}</c>: output formats the body is meant for.</summary>
    public string? OutputTypes { get; init; }

    public StringBuilder Body { get; } = new();

    public bool Finished { get; set; }

    public string Text { get; set; } = "";

    public bool IsComment { get; init; }
}
