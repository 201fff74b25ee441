using Markdig.Syntax.Inlines;

namespace Gazette.Markdown.Kramdown.Inlines;

/// <summary>
/// A span IAL <c>{:…}</c>. It applies to the element just before it, which is only known after
/// Markdig has resolved emphasis, so it stays in the tree until the fix-up pass; if the element
/// before it is plain text kramdown ignores it and the source text stays.
/// </summary>
internal sealed class KramdownSpanIalInline(KramdownAttributeList attributes, string source) : LeafInline
{
    public KramdownAttributeList Attributes { get; } = attributes;

    public string Source { get; } = source;

    public bool Applied { get; set; }
}
