namespace Gazette.Conformance.Tests.Markdown;

internal static partial class KnownMarkdownGaps
{
    private const string GfmTableAlign =
        "Markdig writes column alignment as style=\"text-align: …;\", the spec expects align=\"…\"";

    private const string GfmTableShape =
        "Markdig's pipe tables differ from GFM: header/delimiter cell count mismatch still makes a table, short rows are not padded, long rows are not cut, an escaped pipe in code keeps its backslash";

    private const string GfmAutolink =
        "Markdig's autolink extension differs from GFM's extended autolinks (www. and e-mail detection, trailing punctuation, '<' handling)";

    private const string GfmTagfilter =
        "no GFM tag filter and Markdig's raw HTML comment rule is CommonMark 0.31's, not GFM 0.29's";

    private const string GfmExt =
        "extension tests need footnotes, a single-tilde strikethrough, tag filter and GFM table rules that the GFM mode pipeline does not have";

    /// <summary>Ledger for <c>gfm-spec</c> in <c>markdown: GFM</c> mode.</summary>
    public static IReadOnlyDictionary<string, string> Gfm { get; } = Ledger(
        (GfmTableAlign, [
            "spec example 199",
        ]),
        (GfmTableShape, [
            "spec example 200",
            "spec example 202",
            "spec example 203",
            "spec example 204",
        ]),
        (GfmAutolink, [
            "spec example 616",
            "spec example 619",
            "spec example 625",
            "spec example 629",
            "spec example 630",
            "spec example 631",
        ]),
        (GfmTagfilter, [
            "spec example 645",
            "spec example 646",
            "spec example 653",
        ]),
        (GfmExt, [
            "extensions example 6",
            "extensions example 7",
            "extensions example 8",
            "extensions example 9",
            "extensions example 11",
            "extensions example 17",
            "extensions example 18",
            "extensions example 19",
            "extensions example 20",
            "extensions example 22",
            "extensions example 23",
            "extensions example 26",
            "extensions example 27",
            "extensions example 28",
        ]));
}
