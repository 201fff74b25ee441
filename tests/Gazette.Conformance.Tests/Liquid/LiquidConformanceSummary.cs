namespace Gazette.Conformance.Tests.Liquid;

/// <summary>
/// Prints a suite's pass/skip counts and the ledger groups to the test output, and checks that
/// docs/compat-liquid.md states the same counts and names every group, so the document cannot drift.
/// </summary>
internal static class LiquidConformanceSummary
{
    public static void Report(string suite)
    {
        var summary = LiquidConformanceRun.Summary(suite);
        DumpFailures(suite);
        var output = TestContext.Current.TestOutputHelper!;
        output.WriteLine(summary);
        if (suite == LiquidSpecCases.Suite)
        {
            foreach (var group in LiquidConformanceRun.Of(suite).Results.Values.GroupBy(r => LiquidSpecCases.SubSuiteOf(r.Case)))
            {
                output.WriteLine($"  {group.Key}: {group.Count()} run, {group.Count(r => r.Case.Expected.IsMetBy(r.Outcome))} passed");
            }
        }
        var doc = File.ReadAllText(KnownLiquidGaps.RepositoryFile(Path.Combine("docs", "compat-liquid.md")));
        foreach (var (gap, count) in KnownLiquidGaps.Groups(suite))
        {
            if (count > 0)
            {
                output.WriteLine($"  [{gap.Key}] {count}: {gap.Reason}");
            }
            Assert.True(doc.Contains("`" + gap.Key + "`", StringComparison.Ordinal), $"docs/compat-liquid.md does not describe the gap group `{gap.Key}`");
        }
        Assert.True(doc.Contains(summary, StringComparison.Ordinal), $"docs/compat-liquid.md should state \"{summary}\"");
    }

    /// <summary>
    /// The "Liquid Warning" texts against Jekyll's, for every case whose differences row records them (Jekyll's
    /// outcome differs from the suite's there, so these are the lax-parsed ones): the same texts in the same order.
    /// </summary>
    public static void ReportWarnings(string suite)
    {
        var cases = LiquidConformanceRun.Of(suite).Results.Values.Where(r => r.Case.JekyllWarnings is { Count: > 0 }).ToList();
        var differing = cases.Where(r => !r.Case.JekyllWarnings!.SequenceEqual(r.Outcome.Warnings ?? [], StringComparer.Ordinal)).ToList();
        var output = TestContext.Current.TestOutputHelper!;
        output.WriteLine($"{suite} warnings: {cases.Count - differing.Count} of {cases.Count} cases print Jekyll's warnings");
        var dump = Environment.GetEnvironmentVariable("GAZETTE_LIQUID_FAILURES");
        if (!string.IsNullOrEmpty(dump))
        {
            Directory.CreateDirectory(dump);
            File.WriteAllLines(Path.Combine(dump, suite + "-warnings.txt"), differing.Select(r =>
                r.Case.Id + "\n  jekyll:  " + string.Join("\n           ", r.Case.JekyllWarnings!) + "\n  gazette: " + string.Join("\n           ", r.Outcome.Warnings ?? [])));
        }
        Assert.Empty(differing.Select(r => r.Case.Id));
    }

    // For updating the ledger: GAZETTE_LIQUID_FAILURES=<folder> writes <suite>.jsonl with every failing case.
    private static void DumpFailures(string suite)
    {
        var folder = Environment.GetEnvironmentVariable("GAZETTE_LIQUID_FAILURES");
        if (string.IsNullOrEmpty(folder))
        {
            return;
        }
        Directory.CreateDirectory(folder);
        using var writer = new StreamWriter(Path.Combine(folder, suite + ".jsonl"));
        foreach (var (liquidCase, outcome) in LiquidConformanceRun.Of(suite).Results.Values)
        {
            if (!liquidCase.Expected.IsMetBy(outcome))
            {
                writer.WriteLine(System.Text.Json.JsonSerializer.Serialize(new
                {
                    suite,
                    id = liquidCase.Id,
                    gap = KnownLiquidGaps.Find(suite, liquidCase.Id)?.Key,
                    template = liquidCase.Template,
                    expected = liquidCase.Expected.ToString(),
                    actual = outcome.ToString(),
                }));
            }
        }
    }
}
