using Markdig.Syntax.Inlines;

namespace Gazette.Markdown.Kramdown.Inlines;

/// <summary>
/// One <c>*</c> or <c>_</c> of the span text. Which marks open and close emphasis is decided after
/// parsing by <see cref="KramdownSpanResolver"/>, which needs the characters around the mark in the text
/// kramdown's scanner sees (<see cref="Text"/> from <see cref="ScopeStart"/> on).
/// </summary>
internal sealed class KramdownEmphasisMark(char character, string text, int index, int scopeStart) : LeafInline
{
    public char Character { get; } = character;

    /// <summary>The span text the mark was found in.</summary>
    public string Text { get; } = text;

    /// <summary>Position of the mark in <see cref="Text"/>.</summary>
    public int Index { get; } = index;

    /// <summary>Where the span text of the block starts in <see cref="Text"/> (kramdown's <c>pre_match</c> begins there).</summary>
    public int ScopeStart { get; } = scopeStart;
}
