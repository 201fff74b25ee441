using Markdig.Syntax.Inlines;

namespace Gazette.Markdown.Kramdown.Inlines;

/// <summary>
/// A <c>[</c>, <c>![</c> or <c>]</c> of the span text. Which brackets make links is decided after parsing
/// by <see cref="KramdownSpanResolver"/>, counting brackets as kramdown's link parser does; a <c>]</c> carries
/// the inline destination or reference that follows it in the source.
/// </summary>
internal sealed class KramdownLinkMark(KramdownLinkMarkKind kind, string text, int index) : LeafInline
{
    public KramdownLinkMarkKind Kind { get; } = kind;

    /// <summary>The span text the mark was found in.</summary>
    public string Text { get; } = text;

    /// <summary>Position of the bracket in <see cref="Text"/>.</summary>
    public int Index { get; } = index;

    /// <summary>For a <c>]</c>: the source text it consumed after itself (written as text when it closes no link).</summary>
    public string Consumed { get; init; } = "";

    /// <summary>For a <c>]</c>: the inline URL, when <c>(…)</c> followed.</summary>
    public string? Url { get; init; }

    /// <summary>For a <c>]</c>: the inline title.</summary>
    public string? Title { get; init; }

    /// <summary>For a <c>]</c>: a <c>(</c> followed but kramdown could not read a destination from it.</summary>
    public bool IsInvalidDestination { get; init; }

    /// <summary>For a <c>]</c>: <c>[id]</c> followed (<see cref="ReferenceId"/> is null for <c>[]</c>).</summary>
    public bool HasReference { get; init; }

    public string? ReferenceId { get; init; }

    public bool IsOpening => Kind != KramdownLinkMarkKind.Close;
}
