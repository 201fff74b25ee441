using Gazette.Markdown;

namespace Gazette.Conformance.Tests.Markdown;

/// <summary>The Markdown suites, each pairing a corpus with the converter mode it is checked in.</summary>
internal static class MarkdownSuites
{
    private static readonly Lazy<MarkdownConformanceSuite> JekyllDefaultsSuite = new(() => new(
        "kramdown/jekyll-defaults",
        MarkdownCorpora.JekyllDefaults,
        KnownMarkdownGaps.JekyllDefaults,
        new MarkdownConverter(KramdownOptions.JekyllDefaults).Convert));

    private static readonly Lazy<MarkdownConformanceSuite> CommonMarkSuite = new(() => new(
        "commonmark-spec",
        MarkdownCorpora.CommonMark,
        KnownMarkdownGaps.CommonMark,
        new MarkdownConverter(KramdownOptions.FromConfig(null, "CommonMark")).Convert));

    private static readonly Lazy<MarkdownConformanceSuite> GfmSuite = new(() => new(
        "gfm-spec",
        MarkdownCorpora.Gfm,
        KnownMarkdownGaps.Gfm,
        new MarkdownConverter(KramdownOptions.FromConfig(null, "GFM")).Convert));

    public static MarkdownConformanceSuite JekyllDefaults => JekyllDefaultsSuite.Value;

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
