namespace Gazette.Conformance.Tests.Markdown;

internal static partial class KnownMarkdownGaps
{
    private const string KramdownTestcasesRouge =
        "syntax_highlighter_opts names a custom Rouge formatter class (formatter: RougeHTMLFormatters) that only kramdown's test runner defines";

    private const string KramdownTestcasesHtmlNested =
        "markdown=\"1\" on an element nested inside span-level raw HTML (such as a <strong> inside <span markdown=\"0\">) is not honoured; kramdown parses that content as Markdown";

    private const string KramdownTestcasesHtmlToNative =
        "html_to_native (turning HTML elements into kramdown elements) is not implemented";

    private const string KramdownTestcasesTransliteration =
        "transliterated_header_ids (needs the stringex gem's transliteration) is not implemented";

    private const string KramdownTestcasesSymbolic =
        "entity_output: symbolic only knows the names of a few characters, so numeric references in the input stay numeric";

    /// <summary>Ledger for <c>kramdown/testcases</c> (kramdown's defaults plus each case's options).</summary>
    public static IReadOnlyDictionary<string, string> KramdownTestcases { get; } = Ledger(
        (KramdownTestcasesRouge, [
            "kramdown/testcases/block/06_codeblock/rouge/multiple.text",
        ]),
        (KramdownTestcasesHtmlNested, [
            "kramdown/testcases/span/05_html/markdown_attr.text",
        ]),
        (KramdownTestcasesHtmlToNative, [
            "kramdown/testcases/block/03_paragraph/with_html_to_native.text",
            "kramdown/testcases/block/09_html/html_to_native/code.text",
            "kramdown/testcases/block/09_html/html_to_native/emphasis.text",
            "kramdown/testcases/block/09_html/html_to_native/header.text",
            "kramdown/testcases/block/09_html/html_to_native/list_ul.text",
            "kramdown/testcases/block/09_html/html_to_native/paragraph.text",
            "kramdown/testcases/block/09_html/html_to_native/table_simple.text",
            "kramdown/testcases/block/09_html/html_to_native/typography.text",
        ]),
        (KramdownTestcasesTransliteration, [
            "kramdown/testcases/block/04_header/with_auto_ids.text",
        ]),
        (KramdownTestcasesSymbolic, [
            "kramdown/testcases/span/text_substitutions/entities_symbolic.text",
        ]));
}
