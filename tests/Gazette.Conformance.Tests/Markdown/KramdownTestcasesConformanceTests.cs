namespace Gazette.Conformance.Tests.Markdown;

/// <summary>
/// kramdown's own test cases (shared/conformance/markdown/kramdown/testcases) with kramdown's
/// defaults and each case's options: a secondary oracle, since Jekyll uses the GFM parser.
/// </summary>
public class KramdownTestcasesConformanceTests
{
    public static IEnumerable<TheoryDataRow<string>> Cases() => MarkdownSuites.KramdownTestcases.TheoryData();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Renders_like_kramdown(string id) => MarkdownSuites.KramdownTestcases.Check(id);

    /// <summary>Prints <c>kramdown/testcases: N passed, M skipped</c> and fails if the ledger is out of date.</summary>
    [Fact]
    public void Summary() => MarkdownSuites.Report(MarkdownSuites.KramdownTestcases);
}
