using Markdig.Syntax.Inlines;

namespace Gazette.Markdown.Kramdown.Inlines;

/// <summary>
/// The opening or closing <c>~~</c> of a GFM strikethrough whose extent the GFM parser's regex found
/// while parsing; <see cref="KramdownSpanResolver"/> turns the pair into a <c>del</c> element.
/// </summary>
internal sealed class KramdownStrikeMark(bool isOpening, int contentStart) : LeafInline
{
    public bool IsOpening { get; } = isOpening;

    /// <summary>For an opening mark: where the struck text starts in the span text (its own <c>pre_match</c> begins there).</summary>
    public int ContentStart { get; } = contentStart;
}
