namespace Gazette.Conformance.Tests.Markdown;

/// <summary>GFM 0.29 spec examples and extension tests with <c>markdown: GFM</c> (Markdig's GFM extensions).</summary>
public class GfmSpecConformanceTests
{
    public static IEnumerable<TheoryDataRow<string>> Cases() => MarkdownSuites.Gfm.TheoryData();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Renders_like_the_spec(string id) => MarkdownSuites.Gfm.Check(id);

    /// <summary>Prints <c>gfm-spec: N passed, M skipped</c> and fails if the ledger is out of date.</summary>
    [Fact]
    public void Summary() => MarkdownSuites.Report(MarkdownSuites.Gfm);
}
