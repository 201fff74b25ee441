namespace Gazette.Conformance.Tests.Liquid;

/// <summary>
/// The Liquid 5 tag extension against golden-liquid's and liquid-spec's own expectations (see
/// <see cref="Liquid5TagCases"/>). Known gaps are skipped with their ledger reason.
/// </summary>
public sealed class Liquid5TagTests
{
    public static TheoryData<string> CaseIds { get; } = new(Liquid5TagCases.All.Select(c => c.Id));

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Case(string id) => LiquidConformanceRun.Check(Liquid5TagCases.Suite, id);

    [Fact]
    public void Summary() => LiquidConformanceSummary.Report(Liquid5TagCases.Suite);
}
