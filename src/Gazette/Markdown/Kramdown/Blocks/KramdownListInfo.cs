namespace Gazette.Markdown.Kramdown.Blocks;

/// <summary>What the list parser learned that the renderer needs: whether an end-of-block marker ended the list.</summary>
internal sealed record KramdownListInfo(bool EobFound, bool BlankBeforeEob);
