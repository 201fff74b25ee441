namespace Gazette.Conformance.Tests.Markdown;

/// <summary>kramdown-parser-gfm's test cases with <c>input: GFM</c> and each case's options.</summary>
public class GfmParserTestcasesConformanceTests
{
    public static IEnumerable<TheoryDataRow<string>> Cases() => MarkdownSuites.GfmParserTestcases.TheoryData();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Renders_like_kramdown_parser_gfm(string id) => MarkdownSuites.GfmParserTestcases.Check(id);

    /// <summary>Prints <c>kramdown-parser-gfm/testcases: N passed, M skipped</c> and fails if the ledger is out of date.</summary>
    [Fact]
    public void Summary() => MarkdownSuites.Report(MarkdownSuites.GfmParserTestcases);
}
