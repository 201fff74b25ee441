namespace Gazette.Conformance.Tests.Markdown;

internal static partial class KnownMarkdownGaps
{

    private const string JekyllDefaultsHtmlNested =
        "markdown=\"1\" on an element nested inside raw HTML or inside span-level HTML is not honoured (kramdown parses that content as Markdown)";

    private const string JekyllDefaultsHtmlSpan =
        "span-level HTML edge cases differ: unclosed span elements, empty elements written <x></x>, CDATA and raw content in span HTML, code elements spanning table cells";

    /// <summary>Ledger for <c>kramdown/jekyll-defaults</c> (ids are input paths under <c>markdown/</c>).</summary>
    public static IReadOnlyDictionary<string, string> JekyllDefaults { get; } = Ledger(
        (JekyllDefaultsHtmlNested, [
            "kramdown/testcases/block/09_html/content_model/tables.text",
            "kramdown/testcases/block/09_html/markdown_attr.text",
            "kramdown/testcases/span/05_html/markdown_attr.text",
            "kramdown/testcases/span/abbreviations/abbrev_in_html.text",
        ]),
        (JekyllDefaultsHtmlSpan, [
            "kramdown/testcases/block/09_html/cdata_section.text",
            "kramdown/testcases/span/05_html/normal.text",
        ]));
}
