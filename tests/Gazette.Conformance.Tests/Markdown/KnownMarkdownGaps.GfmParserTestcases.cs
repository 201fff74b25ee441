namespace Gazette.Conformance.Tests.Markdown;

internal static partial class KnownMarkdownGaps
{

    private const string GfmParserTestcasesTransliteration =
        "transliterated_header_ids (needs the stringex gem's transliteration) is not implemented";

    private const string GfmParserTestcasesEmoji =
        "gfm_emojis exists only on kramdown-parser-gfm master (after the 1.1.0 release Jekyll uses) and needs the gemoji gem";

    /// <summary>Ledger for <c>kramdown-parser-gfm/testcases</c> (input GFM plus each case's options).</summary>
    public static IReadOnlyDictionary<string, string> GfmParserTestcases { get; } = Ledger(
        (GfmParserTestcasesTransliteration, [
            "kramdown-parser-gfm/testcases/header_ids_with_transliteration.text",
        ]),
        (GfmParserTestcasesEmoji, [
            "kramdown-parser-gfm/testcases/emoji.text",
            "kramdown-parser-gfm/testcases/emoji_custom.text",
        ]));
}
