namespace Gazette.Configuration;

/// <summary>One entry of <c>collections:</c> in the site configuration.</summary>
/// <param name="Label">The collection's name; its folder is <c>_label</c>.</param>
/// <param name="Output">Whether its documents are written (<c>output: true</c>).</param>
/// <param name="Permalink">The URL template from <c>permalink:</c>, or null for Jekyll's default.</param>
/// <param name="SortBy">The front matter key to sort by, or null.</param>
/// <param name="Order">An explicit order of file names, or null.</param>
/// <param name="Metadata">Every key given for the collection (visible in Liquid as <c>site.collections</c>).</param>
internal sealed record CollectionConfig(
    string Label,
    bool Output,
    string? Permalink,
    string? SortBy,
    IReadOnlyList<string>? Order,
    IReadOnlyDictionary<string, object?> Metadata);
