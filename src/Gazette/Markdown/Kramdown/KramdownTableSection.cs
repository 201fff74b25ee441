using Markdig.Syntax;

namespace Gazette.Markdown.Kramdown;

/// <summary>Marks table rows that kramdown puts into <c>&lt;tfoot&gt;</c> (rows after a <c>|=</c> line).</summary>
internal static class KramdownTableSection
{
    private static readonly object DataKey = typeof(KramdownTableSection);

    public static string? Of(Block row) => row.GetData(DataKey) as string;

    public static void MarkFooter(Block row) => row.SetData(DataKey, "tfoot");
}
