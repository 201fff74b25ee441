using System.Text.Json;

namespace Gazette.Conformance.Tests.Markdown;

/// <summary>Loads the Markdown corpora from the shared conformance folder (read-only, byte for byte as stored).</summary>
internal static class MarkdownCorpora
{
    private static readonly Lazy<IReadOnlyList<MarkdownConformanceCase>> JekyllDefaultsCases = new(LoadJekyllDefaults);
    private static readonly Lazy<IReadOnlyList<MarkdownConformanceCase>> CommonMarkCases = new(LoadCommonMark);
    private static readonly Lazy<IReadOnlyList<MarkdownConformanceCase>> GfmCases = new(LoadGfm);
    private static readonly Lazy<IReadOnlyList<MarkdownConformanceCase>> KramdownCases = new(() => KramdownTestcaseFiles.Load(Path.Combine(MarkdownRoot, "kramdown", "testcases"), "kramdown/testcases/"));
    private static readonly Lazy<IReadOnlyList<MarkdownConformanceCase>> GfmParserCases = new(() => KramdownTestcaseFiles.Load(Path.Combine(MarkdownRoot, "kramdown-parser-gfm", "testcases"), "kramdown-parser-gfm/testcases/"));

    public static string MarkdownRoot => Path.Combine(SharedData.ConformanceRoot, "markdown");

    /// <summary>The 232 kramdown/kramdown-parser-gfm inputs as Jekyll 4.4.1 renders them; id = input path under <c>markdown/</c>.</summary>
    public static IReadOnlyList<MarkdownConformanceCase> JekyllDefaults => JekyllDefaultsCases.Value;

    /// <summary>CommonMark 0.31.2 examples; id = <c>example N</c>.</summary>
    public static IReadOnlyList<MarkdownConformanceCase> CommonMark => CommonMarkCases.Value;

    /// <summary>GFM 0.29 spec examples (<c>spec example N</c>) and the extension tests (<c>extensions example N</c>).</summary>
    public static IReadOnlyList<MarkdownConformanceCase> Gfm => GfmCases.Value;

    /// <summary>kramdown's own <c>.text</c>/<c>.html</c> pairs with their <c>.options</c>; id = path under <c>markdown/</c>.</summary>
    public static IReadOnlyList<MarkdownConformanceCase> KramdownTestcases => KramdownCases.Value;

    /// <summary>kramdown-parser-gfm's <c>.text</c>/<c>.html</c> pairs with their <c>.options</c>.</summary>
    public static IReadOnlyList<MarkdownConformanceCase> GfmParserTestcases => GfmParserCases.Value;

    private static List<MarkdownConformanceCase> LoadJekyllDefaults()
    {
        var path = Path.Combine(MarkdownRoot, "jekyll-defaults", "kramdown-testcases-as-jekyll-4.4.1.json");
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var cases = new List<MarkdownConformanceCase>();
        foreach (var item in document.RootElement.GetProperty("cases").EnumerateArray())
        {
            var input = item.GetProperty("input").GetString()!;
            var markdown = File.ReadAllText(Path.Combine(MarkdownRoot, input));
            cases.Add(new MarkdownConformanceCase(input, markdown, item.GetProperty("html").GetString()!));
        }
        return cases;
    }

    private static List<MarkdownConformanceCase> LoadCommonMark() =>
        LoadSpecJson(Path.Combine(MarkdownRoot, "commonmark-spec", "spec.json"), "example ");

    private static List<MarkdownConformanceCase> LoadGfm()
    {
        var cases = LoadSpecJson(Path.Combine(MarkdownRoot, "gfm-spec", "spec.json"), "spec example ");
        cases.AddRange(LoadSpecJson(Path.Combine(MarkdownRoot, "gfm-spec", "extensions.json"), "extensions example "));
        return cases;
    }

    private static List<MarkdownConformanceCase> LoadSpecJson(string path, string idPrefix)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var cases = new List<MarkdownConformanceCase>();
        foreach (var item in document.RootElement.EnumerateArray())
        {
            var id = idPrefix + item.GetProperty("example").GetInt32();
            cases.Add(new MarkdownConformanceCase(id, item.GetProperty("markdown").GetString()!, item.GetProperty("html").GetString()!));
        }
        return cases;
    }
}
