using Markdig.Syntax.Inlines;

namespace Gazette.Markdown.Kramdown;

/// <summary>Attributes a link gets from the IAL of the link definition it uses.</summary>
internal static class KramdownLinkDefinitions
{
    private static readonly object DataKey = typeof(KramdownLinkDefinitions);

    public static IReadOnlyList<KeyValuePair<string, string>>? AttributesOf(LinkInline link) =>
        (link.Reference?.GetData(DataKey) as KramdownAttributes)?.Items;

    public static KramdownAttributes For(Markdig.Syntax.LinkReferenceDefinition definition)
    {
        if (definition.GetData(DataKey) is not KramdownAttributes attributes)
        {
            attributes = new KramdownAttributes();
            definition.SetData(DataKey, attributes);
        }
        return attributes;
    }
}
