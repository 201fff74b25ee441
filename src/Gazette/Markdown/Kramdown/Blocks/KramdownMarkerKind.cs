namespace Gazette.Markdown.Kramdown.Blocks;

/// <summary>What a <see cref="KramdownBlockMarker"/> line was.</summary>
internal enum KramdownMarkerKind
{
    EndOfBlock,
    Ial,
    Ald,
    Options,
    Extension,
    LinkDefinition,
    AbbreviationDefinition,
}
