using System.Text.RegularExpressions;
using Gazette.Configuration;
using Gazette.Content;
using Gazette.Diagnostics;
using Gazette.Liquid;
using Gazette.Markdown;
using Gazette.Model;
using Gazette.Pipeline;
using Gazette.Rendering;
using Gazette.Tests.Differential;

namespace Gazette.Tests.Liquid;

/// <summary>
/// The Jekyll filter fixture (tests/Gazette.Tests/Fixtures/Liquid/jekyll-filters): its site loaded once by
/// Gazette, the cases of its page (<c>@@label@@template@@end@@</c>), and what real Jekyll produced for them
/// (<c>expected/index.html</c> from <c>jekyll build</c>, <c>expected/errors.txt</c> for cases that raise).
/// </summary>
internal sealed partial class JekyllFilterFixture
{
    private static readonly Lazy<JekyllFilterFixture> Loaded = new(() => new JekyllFilterFixture());

    private readonly LiquidRenderer _renderer;
    private readonly Document _page;

    private JekyllFilterFixture()
    {
        var folder = Path.Combine(FixturePaths.RepositoryRoot, "tests", "Gazette.Tests", "Fixtures", "Liquid", "jekyll-filters");
        var source = Path.Combine(folder, "source");
        var config = ConfigLoader.Load(new BuildOptions { Source = source, Destination = Path.Combine(Path.GetTempPath(), "gazette-filters-unused") });
        var site = new SiteReader(config, Dates.JekyllTime.InZone(DateTimeOffset.Now, config.TimeZone)).Read();
        SiteAssembler.Assemble(site);
        _renderer = new LiquidRenderer(new LiquidEngine(config, new MarkdownConverter(config.Kramdown)), site);
        _page = site.Pages.First(p => p.Name == "index.html");

        Templates = ReadCases(File.ReadAllText(Path.Combine(source, "index.html")))
            .Concat(ReadCases(File.ReadAllText(Path.Combine(source, "_errors.liquid"))))
            .ToDictionary(c => c.Label, c => c.Text, StringComparer.Ordinal);
        Outputs = ReadCases(File.ReadAllText(Path.Combine(folder, "expected", "index.html")))
            .ToDictionary(c => c.Label, c => c.Text, StringComparer.Ordinal);
        Errors = File.ReadAllLines(Path.Combine(folder, "expected", "errors.txt"))
            .Select(line => line.Split('\t'))
            .ToDictionary(parts => parts[0], parts => parts[2], StringComparer.Ordinal);
    }

    public static JekyllFilterFixture Instance => Loaded.Value;

    /// <summary>Each case's Liquid, by label.</summary>
    public IReadOnlyDictionary<string, string> Templates { get; }

    /// <summary>What Jekyll wrote for each case of the page.</summary>
    public IReadOnlyDictionary<string, string> Outputs { get; }

    /// <summary>The error Jekyll raised for each case that must fail.</summary>
    public IReadOnlyDictionary<string, string> Errors { get; }

    [GeneratedRegex("@@(.*?)@@(.*?)@@end@@", RegexOptions.Singleline)]
    private static partial Regex Case();

    private static IEnumerable<(string Label, string Text)> ReadCases(string text) =>
        Case().Matches(text).Select(m => (m.Groups[1].Value, m.Groups[2].Value));

    /// <summary>Renders one case as part of the fixture page (same site, payload and <c>d</c> shortcut).</summary>
    public string Render(string label)
    {
        var (context, scope) = _renderer.CreateContext(_page);
        var template = _renderer.Engine.Parse("{% assign d = site.data.in %}" + Templates[label], "index.html", 1);
        return LiquidRenderer.Render(template, context, scope);
    }

    /// <summary>Renders a case that should fail; returns the error, or null when it rendered.</summary>
    public string? RenderError(string label)
    {
        try
        {
            Render(label);
            return null;
        }
        catch (BuildException e)
        {
            return e.Diagnostic.Message;
        }
    }
}
