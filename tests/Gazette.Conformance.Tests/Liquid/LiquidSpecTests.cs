namespace Gazette.Conformance.Tests.Liquid;

/// <summary>
/// The portable liquid-spec specs (README §2), expecting Jekyll 4.4.1's outcome where its differences file lists
/// one and the spec's otherwise. Known gaps are skipped with their ledger reason.
/// </summary>
public sealed class LiquidSpecTests
{
    public static TheoryData<string> CaseIds { get; } = new(LiquidSpecCases.All.Select(c => c.Id));

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Case(string id) => LiquidConformanceRun.Check(LiquidSpecCases.Suite, id);

    [Fact]
    public void Warnings() => LiquidConformanceSummary.ReportWarnings(LiquidSpecCases.Suite);

    [Fact]
    public void Summary() => LiquidConformanceSummary.Report(LiquidSpecCases.Suite);
}
