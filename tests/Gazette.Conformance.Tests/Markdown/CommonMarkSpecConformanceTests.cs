namespace Gazette.Conformance.Tests.Markdown;

/// <summary>CommonMark 0.31.2 spec examples with <c>markdown: CommonMark</c> (plain Markdig CommonMark pipeline).</summary>
public class CommonMarkSpecConformanceTests
{
    public static IEnumerable<TheoryDataRow<string>> Cases() => MarkdownSuites.CommonMark.TheoryData();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Renders_like_the_spec(string id) => MarkdownSuites.CommonMark.Check(id);

    /// <summary>Prints <c>commonmark-spec: N passed, M skipped</c> and fails if the ledger is out of date.</summary>
    [Fact]
    public void Summary() => MarkdownSuites.Report(MarkdownSuites.CommonMark);
}
