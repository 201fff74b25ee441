using Markdig.Parsers;
using Markdig.Syntax;

namespace Gazette.Markdown.Kramdown.Html;

/// <summary>A block HTML element whose content is parsed as Markdown blocks (<c>markdown="1"</c> on a block element).</summary>
internal sealed class KramdownHtmlElementBlock(BlockParser? parser) : ContainerBlock(parser)
{
    public required KramdownHtmlElement Element { get; init; }

    /// <summary>Source position just after the end tag, once it was found (-1 before).</summary>
    public int EndPosition { get; set; } = -1;
}
