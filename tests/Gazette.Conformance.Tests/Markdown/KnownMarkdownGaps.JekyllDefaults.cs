namespace Gazette.Conformance.Tests.Markdown;

internal static partial class KnownMarkdownGaps
{
    private const string JekyllDefaultsHtmlNested =
        "markdown=\"1\" on an element nested inside raw HTML or inside span-level HTML is not honoured (kramdown parses that content as Markdown)";

    /// <summary>Ledger for <c>kramdown/jekyll-defaults</c> (ids are input paths under <c>markdown/</c>).</summary>
    public static IReadOnlyDictionary<string, string> JekyllDefaults { get; } = Ledger(
        (JekyllDefaultsHtmlNested, [
            "kramdown/testcases/block/09_html/content_model/tables.text",
            "kramdown/testcases/block/09_html/markdown_attr.text",
            "kramdown/testcases/span/05_html/markdown_attr.text",
            "kramdown/testcases/span/abbreviations/abbrev_in_html.text",
        ]));
}
