using Markdig.Parsers;
using Markdig.Syntax;

namespace Gazette.Markdown.Kramdown.Blocks;

/// <summary>A block HTML element whose content is parsed as Markdown (<c>markdown="1"</c>).</summary>
internal sealed class KramdownHtmlElementBlock(BlockParser? parser) : ContainerBlock(parser)
{
    public string TagName { get; set; } = "div";
}
