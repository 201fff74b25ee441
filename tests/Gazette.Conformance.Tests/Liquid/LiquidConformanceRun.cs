using System.Collections.Concurrent;

namespace Gazette.Conformance.Tests.Liquid;

/// <summary>
/// Every case of a suite run once (parsed once, rendered once) and kept, so that the per-case tests and the
/// summary read the same outcomes and the whole suite costs one pass.
/// </summary>
internal sealed class LiquidConformanceRun
{
    private static readonly ConcurrentDictionary<string, Lazy<LiquidConformanceRun>> Runs = new(StringComparer.Ordinal);

    private LiquidConformanceRun(IReadOnlyList<LiquidCase> cases, bool liquid5Tags)
    {
        using var runner = new LiquidCaseRunner(liquid5Tags);
        foreach (var liquidCase in cases)
        {
            Results[liquidCase.Id] = (liquidCase, runner.Run(liquidCase));
        }
    }

    public Dictionary<string, (LiquidCase Case, LiquidOutcome Outcome)> Results { get; } = new(StringComparer.Ordinal);

    // The two suites run as Jekyll 4.4 parses (Liquid 5 tags off); the extension's own suite turns them on.
    public static LiquidConformanceRun Of(string suite) => Runs.GetOrAdd(suite, s => new Lazy<LiquidConformanceRun>(() => s switch
    {
        GoldenLiquidCases.Suite => new LiquidConformanceRun(GoldenLiquidCases.All, liquid5Tags: false),
        LiquidSpecCases.Suite => new LiquidConformanceRun(LiquidSpecCases.All, liquid5Tags: false),
        _ => new LiquidConformanceRun(Liquid5TagCases.All, liquid5Tags: true),
    })).Value;

    /// <summary>Passes or skips one case: a ledger entry skips a failure and fails a case that now passes.</summary>
    public static void Check(string suite, string id)
    {
        var (liquidCase, outcome) = Of(suite).Results[id];
        var passed = liquidCase.Expected.IsMetBy(outcome);
        var gap = KnownLiquidGaps.Find(suite, id);
        if (passed && gap is not null)
        {
            Assert.Fail($"passes now but KnownLiquidGaps lists it under [{gap.Key}]: remove it from the ledger (and the count in docs/compat-liquid.md)");
        }
        if (!passed && gap is not null)
        {
            Assert.Skip($"[{gap.Key}] {gap.Reason} — expected {liquidCase.Expected}, got {outcome}");
        }
        Assert.True(passed, $"template: {liquidCase.Template}\nexpected: {liquidCase.Expected}\nactual:   {outcome}");
    }

    /// <summary>"suite: N passed, M skipped" — cases that fail and are listed in the ledger count as skipped.</summary>
    public static string Summary(string suite)
    {
        var run = Of(suite);
        var passed = run.Results.Values.Count(r => r.Case.Expected.IsMetBy(r.Outcome));
        var skipped = run.Results.Values.Count(r => !r.Case.Expected.IsMetBy(r.Outcome) && KnownLiquidGaps.Find(suite, r.Case.Id) is not null);
        return $"{suite}: {passed} passed, {skipped} skipped";
    }
}
