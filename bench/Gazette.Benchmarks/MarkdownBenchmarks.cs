using BenchmarkDotNet.Attributes;
using Gazette.Markdown;
using Markdig;

namespace Gazette.Benchmarks;

/// <summary>
/// Converting one ~1,000-word news article (headings, a list, links, emphasis, a blockquote, a fenced code block
/// and a pipe table) to HTML: Gazette's kramdown converter with Jekyll's defaults (GFM input, Rouge highlighting
/// of the code block) beside Markdig's default and advanced pipelines on the same text.
/// </summary>
[MemoryDiagnoser]
public class MarkdownBenchmarks
{
    private string _markdown = "";
    private MarkdownConverter _kramdown = null!;
    private MarkdownPipeline _advanced = null!;

    /// <summary>Picks the article and builds the converters once, as a build does.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _markdown = SampleNews.Article().Body;
        _kramdown = new MarkdownConverter(KramdownOptions.JekyllDefaults);
        _advanced = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();
    }

    /// <summary>Markdig's default CommonMark pipeline (no tables, no highlighting): the floor.</summary>
    [Benchmark(Baseline = true)]
    public string MarkdigDefault() => Markdig.Markdown.ToHtml(_markdown);

    /// <summary>Markdig with <c>UseAdvancedExtensions()</c> (tables, auto-identifiers and more; no highlighting).</summary>
    [Benchmark]
    public string MarkdigAdvanced() => Markdig.Markdown.ToHtml(_markdown, _advanced);

    /// <summary>Gazette's kramdown converter as Jekyll's defaults configure it.</summary>
    [Benchmark]
    public string GazetteKramdown() => _kramdown.Convert(_markdown);
}
