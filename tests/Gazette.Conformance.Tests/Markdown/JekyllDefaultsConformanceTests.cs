namespace Gazette.Conformance.Tests.Markdown;

/// <summary>
/// Every kramdown and kramdown-parser-gfm input as Jekyll 4.4.1 renders it with its default
/// configuration (shared/conformance/markdown/jekyll-defaults), compared after <see cref="HtmlNormalizer"/>.
/// </summary>
public class JekyllDefaultsConformanceTests
{
    public static IEnumerable<TheoryDataRow<string>> Cases() => MarkdownSuites.JekyllDefaults.TheoryData();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Renders_like_Jekyll(string id) => MarkdownSuites.JekyllDefaults.Check(id);

    /// <summary>Prints <c>kramdown/jekyll-defaults: N passed, M skipped</c> and fails if the ledger is out of date.</summary>
    [Fact]
    public void Summary() => MarkdownSuites.Report(MarkdownSuites.JekyllDefaults);
}
