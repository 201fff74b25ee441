namespace Gazette.Conformance.Tests.Liquid;

/// <summary>
/// golden-liquid (README §1): every case, expecting Jekyll 4.4.1's outcome where its differences file lists
/// one and golden's otherwise. Known gaps are skipped with their ledger reason.
/// </summary>
public sealed class GoldenLiquidTests
{
    public static TheoryData<string> CaseIds { get; } = new(GoldenLiquidCases.All.Select(c => c.Id));

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Case(string id) => LiquidConformanceRun.Check(GoldenLiquidCases.Suite, id);

    [Fact]
    public void Warnings() => LiquidConformanceSummary.ReportWarnings(GoldenLiquidCases.Suite);

    [Fact]
    public void Summary() => LiquidConformanceSummary.Report(GoldenLiquidCases.Suite);
}
