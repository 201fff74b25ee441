using Gazette.Markdown;

namespace Gazette.Conformance.Tests.Markdown;

/// <summary>The Markdown suites, each pairing a corpus with the converter mode it is checked in.</summary>
internal static class MarkdownSuites
{
    private static readonly Lazy<MarkdownConformanceSuite> JekyllDefaultsSuite = new(() => new(
        "kramdown/jekyll-defaults",
        MarkdownCorpora.JekyllDefaults,
        KnownMarkdownGaps.JekyllDefaults,
        Convert(new MarkdownConverter(KramdownOptions.JekyllDefaults))));

    private static readonly Lazy<MarkdownConformanceSuite> CommonMarkSuite = new(() => new(
        "commonmark-spec",
        MarkdownCorpora.CommonMark,
        KnownMarkdownGaps.CommonMark,
        Convert(new MarkdownConverter(KramdownOptions.FromConfig(null, "CommonMark")))));

    private static readonly Lazy<MarkdownConformanceSuite> GfmSuite = new(() => new(
        "gfm-spec",
        MarkdownCorpora.Gfm,
        KnownMarkdownGaps.Gfm,
        Convert(new MarkdownConverter(KramdownOptions.FromConfig(null, "GFM")))));

    private static readonly Lazy<MarkdownConformanceSuite> KramdownTestcasesSuite = new(() => new(
        "kramdown/testcases",
        MarkdownCorpora.KramdownTestcases,
        KnownMarkdownGaps.KramdownTestcases,
        KramdownCaseConverters.Kramdown.Convert));

    private static readonly Lazy<MarkdownConformanceSuite> GfmParserTestcasesSuite = new(() => new(
        "kramdown-parser-gfm/testcases",
        MarkdownCorpora.GfmParserTestcases,
        KnownMarkdownGaps.GfmParserTestcases,
        KramdownCaseConverters.Gfm.Convert));

    public static MarkdownConformanceSuite JekyllDefaults => JekyllDefaultsSuite.Value;

    public static MarkdownConformanceSuite KramdownTestcases => KramdownTestcasesSuite.Value;

    public static MarkdownConformanceSuite GfmParserTestcases => GfmParserTestcasesSuite.Value;

    private static Func<MarkdownConformanceCase, string> Convert(MarkdownConverter converter) => c => converter.Convert(c.Markdown);

    public static MarkdownConformanceSuite CommonMark => CommonMarkSuite.Value;

    public static MarkdownConformanceSuite Gfm => GfmSuite.Value;

    /// <summary>Prints the summary line to the test output and the diagnostic channel, then checks the ledger.</summary>
    public static void Report(MarkdownConformanceSuite suite)
    {
        var result = suite.RunAll();
        TestContext.Current.TestOutputHelper?.WriteLine(result.SummaryLine);
        TestContext.Current.SendDiagnosticMessage(result.SummaryLine);
        var summaryFile = Path.Combine(AppContext.BaseDirectory, "markdown-conformance-summary.txt");
        lock (SummaryLock)
        {
            File.AppendAllText(summaryFile, DateTime.UtcNow.ToString("O") + " " + result.SummaryLine + Environment.NewLine);
        }
        Assert.True(result.IsConsistent, result.SummaryLine + "; " + result.Problems);
    }

    private static readonly Lock SummaryLock = new();
}
