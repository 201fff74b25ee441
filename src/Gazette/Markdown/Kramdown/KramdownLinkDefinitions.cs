using Gazette.Markdown.Kramdown.Blocks;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Gazette.Markdown.Kramdown;

/// <summary>Attributes a link gets from the IAL of the link definition it uses.</summary>
internal static class KramdownLinkDefinitions
{
    private static readonly object MarkerKey = typeof(KramdownLinkDefinitions);

    public static void Attach(LinkReferenceDefinition definition, KramdownBlockMarker marker) => definition.SetData(MarkerKey, marker);

    // kramdown: link.rb add_link applies the IAL of the definition (the block standing for it).
    public static IReadOnlyList<KeyValuePair<string, string>>? AttributesOf(LinkInline link) =>
        link.Reference?.GetData(MarkerKey) is KramdownBlockMarker marker ? KramdownAttributes.Of(marker)?.Items : null;
}
