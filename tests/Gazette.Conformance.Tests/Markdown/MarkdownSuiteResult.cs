namespace Gazette.Conformance.Tests.Markdown;

/// <summary>Counts of one run over a whole Markdown corpus.</summary>
internal sealed record MarkdownSuiteResult(
    string Name,
    int Passed,
    int Skipped,
    int ByteExact,
    IReadOnlyList<string> UnexpectedFailures,
    IReadOnlyList<string> StaleGaps,
    IReadOnlyList<string> UnknownGaps)
{
    /// <summary>The line the summary test prints, e.g. <c>kramdown/jekyll-defaults: 120 passed, 112 skipped</c>.</summary>
    public string SummaryLine =>
        $"{Name}: {Passed} passed, {Skipped} skipped ({ByteExact} of the passes byte-exact before normalisation)";

    public bool IsConsistent => UnexpectedFailures.Count == 0 && StaleGaps.Count == 0 && UnknownGaps.Count == 0;

    public string Problems =>
        $"not passing and not in the ledger: [{string.Join(", ", UnexpectedFailures)}]; " +
        $"passing but still in the ledger: [{string.Join(", ", StaleGaps)}]; " +
        $"ledger keys that are no case: [{string.Join(", ", UnknownGaps)}]";
}
