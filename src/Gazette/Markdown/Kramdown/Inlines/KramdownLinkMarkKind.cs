namespace Gazette.Markdown.Kramdown.Inlines;

/// <summary>What a <see cref="KramdownLinkMark"/> is.</summary>
internal enum KramdownLinkMarkKind
{
    Open,
    OpenImage,
    Close,
}
