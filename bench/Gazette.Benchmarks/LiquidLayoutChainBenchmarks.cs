using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Fluid;
using Fluid.Values;
using Gazette.SiteGenerator;

namespace Gazette.Benchmarks;

/// <summary>
/// One news post rendered through a Jekyll layout chain (post → default, with head, header, footer, author box and
/// related posts includes), templates parsed once as a build does; parsing those templates; and, on flattened
/// copies of the same templates that plain Fluid can run (includes inlined, <c>relative_url</c> written as
/// <c>prepend: site.baseurl</c>, <c>date_to_xmlschema</c> as a <c>date</c> format), Gazette's Liquid 4 parser and
/// runtime against Fluid's own parser and runtime on the same data.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class LiquidLayoutChainBenchmarks
{
    private const string ChainCategory = "Jekyll chain";
    private const string FlatRenderCategory = "Flat render";
    private const string FlatParseCategory = "Flat parse";
    private const int SitePosts = 200;

    private readonly FluidParser _fluidParser = new();
    private readonly TemplateOptions _fluidOptions = new() { CultureInfo = CultureInfo.InvariantCulture, TimeZone = TimeZoneInfo.Utc };
    private LiquidBenchSite? _site;
    private string _flatPostSource = "";
    private string _flatDefaultSource = "";
    private StringValue _content = StringValue.Empty;
    private FlatTemplates _fluid = null!;
    private FlatTemplates _gazette = null!;

    /// <summary>Writes and reads the site, renders the sample post once (so includes and layouts are parsed and cached),
    /// and parses the flat templates with both parsers; checks that both render the flat templates to the same HTML.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _site = LiquidBenchSite.Create(SitePosts);
        var theme = ThemeResources.Under("bench-theme/flat/").ToDictionary(e => e.Path, e => e.Text, StringComparer.Ordinal);
        _flatPostSource = theme["post.liquid"];
        _flatDefaultSource = theme["default.liquid"];
        _content = new StringValue(_site.Post.RawContent);
        RenderPost();

        var siteModel = FlatLiquidModel.Site(_site);
        var pageModel = FlatLiquidModel.Page(_site.SamplePost, _site.Post.Url);
        _fluid = new FlatTemplates(_fluidParser.Parse(_flatPostSource), _fluidParser.Parse(_flatDefaultSource),
            FluidValue.Create(siteModel, _fluidOptions), FluidValue.Create(pageModel, _fluidOptions));
        var options = _site.Engine.Options;
        _gazette = new FlatTemplates(_site.Engine.Parser.ParseDocument(_flatPostSource), _site.Engine.Parser.ParseDocument(_flatDefaultSource),
            FluidValue.Create(siteModel, options), FluidValue.Create(pageModel, options));
        string fluid = FluidRenderFlat();
        string gazette = GazetteRenderFlat();
        if (fluid != gazette)
        {
            throw new InvalidOperationException("Fluid and Gazette render the flat templates differently:\n--- Fluid\n" + fluid + "\n--- Gazette\n" + gazette);
        }
    }

    /// <summary>Removes the site.</summary>
    [GlobalCleanup]
    public void Cleanup() => _site?.Dispose();

    /// <summary>A whole page: the post's content (HTML, no Liquid) through post.html and default.html with their includes.</summary>
    [Benchmark, BenchmarkCategory(ChainCategory)]
    public string RenderPost() => _site!.Renderer.Render(_site.Post);

    /// <summary>Parsing the two layouts and five includes of the chain with Gazette's parser (a build does this once).</summary>
    [Benchmark, BenchmarkCategory(ChainCategory)]
    public int ParseChainTemplates()
    {
        int parsed = 0;
        foreach (var layout in _site!.Site.Layouts.Values)
        {
            parsed += _site.Engine.Parse(layout.Content, layout.RelativePath, layout.BodyLine) is null ? 0 : 1;
        }

        foreach (var (file, text) in _site.Includes)
        {
            parsed += _site.Engine.Parse(text, file, 1) is null ? 0 : 1;
        }

        return parsed;
    }

    /// <summary>Plain Fluid renders the flat post and default templates.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory(FlatRenderCategory)]
    public string FluidRenderFlat() => _fluid.Render(new TemplateContext(_fluidOptions), _content);

    /// <summary>Gazette's Liquid renders the same flat templates (context as for a page: Jekyll's filters, render scope).</summary>
    [Benchmark, BenchmarkCategory(FlatRenderCategory)]
    public string GazetteRenderFlat() => _gazette.Render(_site!.Engine.CreateStandaloneContext(_site.Site), _content);

    /// <summary>Plain Fluid's parser on the two flat templates.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory(FlatParseCategory)]
    public object FluidParseFlat() => (_fluidParser.Parse(_flatPostSource), _fluidParser.Parse(_flatDefaultSource));

    /// <summary>Gazette's Liquid 4 parser on the two flat templates.</summary>
    [Benchmark, BenchmarkCategory(FlatParseCategory)]
    public object GazetteParseFlat() => (_site!.Engine.Parser.ParseDocument(_flatPostSource), _site.Engine.Parser.ParseDocument(_flatDefaultSource));
}
