using Markdig.Parsers;
using Markdig.Syntax;

namespace Gazette.Markdown.Kramdown;

/// <summary>The body of a <c>{::nomarkdown}</c> (written as is) or <c>{::comment}</c> (written as an HTML comment) block.</summary>
internal sealed class KramdownRawBlock(BlockParser? parser) : LeafBlock(parser)
{
    public string Text { get; set; } = "";

    public bool IsComment { get; init; }
}
