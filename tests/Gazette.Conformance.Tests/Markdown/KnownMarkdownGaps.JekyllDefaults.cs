namespace Gazette.Conformance.Tests.Markdown;

internal static partial class KnownMarkdownGaps
{
    private const string JekyllDefaultsHtmlNested =
        "markdown=\"1\" on an element nested inside span-level raw HTML (such as a <strong> inside <span markdown=\"0\">) is not honoured; kramdown parses that content as Markdown";

    /// <summary>Ledger for <c>kramdown/jekyll-defaults</c> (ids are input paths under <c>markdown/</c>).</summary>
    public static IReadOnlyDictionary<string, string> JekyllDefaults { get; } = Ledger(
        (JekyllDefaultsHtmlNested, [
            "kramdown/testcases/span/05_html/markdown_attr.text",
        ]));
}
