using Markdig.Syntax;

namespace Gazette.Markdown.Kramdown;

/// <summary>Post-parse passes that turn Markdig's tree into kramdown's: attach IALs, drop markers.</summary>
internal static class KramdownTreeFixups
{
    public static void Apply(MarkdownDocument document)
    {
        KramdownDocumentData.Of(document);
    }
}
