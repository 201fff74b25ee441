using Gazette.Markdown.Kramdown.Blocks;
using Markdig.Syntax.Inlines;

namespace Gazette.Markdown.Kramdown.Inlines;

/// <summary>A footnote marker <c>[^name]</c> whose definition exists.</summary>
internal sealed class KramdownFootnoteMarker(KramdownFootnoteDefinition definition) : LeafInline
{
    public KramdownFootnoteDefinition Definition { get; } = definition;
}
