using System.Text.RegularExpressions;
using Gazette.Benchmarks;
using Gazette.Content;

namespace Gazette.Tests.Bench;

/// <summary>
/// Runs each micro-benchmark's setup and every benchmark method once, without BenchmarkDotNet, and checks that the
/// inputs are what the benchmarks claim to measure (so a broken setup fails here rather than producing numbers).
/// </summary>
public sealed partial class BenchmarkSetupTests
{
    [Fact]
    public void Front_matter_benchmark_reads_the_generated_post()
    {
        var bench = new FrontMatterBenchmarks();
        bench.Setup();

        var split = Assert.IsType<FrontMatter>(bench.SplitAndParse());
        var yaml = Assert.IsType<Dictionary<string, object?>>(bench.ParseYamlOnly());
        string[] keys = ["layout", "title", "date", "author", "categories", "tags", "excerpt", "image"];
        Assert.Equal(keys, split.Data!.Keys);
        Assert.Equal(keys, yaml.Keys);
        Assert.StartsWith("\n", split.Body, StringComparison.Ordinal);
        Assert.Contains("\n## ", split.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_benchmark_article_has_every_block_and_each_converter_renders_it()
    {
        var bench = new MarkdownBenchmarks();
        bench.Setup();

        string plain = bench.MarkdigDefault();
        string advanced = bench.MarkdigAdvanced();
        string kramdown = bench.GazetteKramdown();
        foreach (string html in new[] { plain, advanced, kramdown })
        {
            Assert.Contains("<h2", html, StringComparison.Ordinal);
            Assert.Contains("<blockquote>", html, StringComparison.Ordinal);
            Assert.Contains("<a href=\"https://example.org/", html, StringComparison.Ordinal);
            Assert.Contains("<strong>", html, StringComparison.Ordinal);
            Assert.Matches("<[uo]l>", html);
        }

        // Plain CommonMark has no tables; the other two do, and kramdown highlights the code block with Rouge's classes.
        Assert.DoesNotContain("<table", plain, StringComparison.Ordinal);
        Assert.Contains("<table", advanced, StringComparison.Ordinal);
        Assert.Contains("<table", kramdown, StringComparison.Ordinal);
        Assert.Contains("class=\"highlight\"", kramdown, StringComparison.Ordinal);
        Assert.InRange(Regex.Count(StripTags().Replace(kramdown, " "), @"\w+"), 850, 1250);
    }

    [Fact]
    public void Liquid_benchmark_renders_the_whole_chain_and_both_engines_agree_on_the_flat_templates()
    {
        var bench = new LiquidLayoutChainBenchmarks();
        bench.Setup(); // throws when Fluid and Gazette render the flat templates differently
        try
        {
            string page = bench.RenderPost();
            Assert.StartsWith("<!DOCTYPE html>", page, StringComparison.Ordinal);
            Assert.Contains("<main class=\"page-content\">\n<article class=\"post\">", page, StringComparison.Ordinal);
            Assert.Contains("<aside class=\"author-box\">\n  <img class=\"author-avatar\" src=\"/assets/authors/", page, StringComparison.Ordinal);
            Assert.Contains(" &amp; business for The Daily Benchmark and writes the &quot;Week ahead&quot; column.", page, StringComparison.Ordinal);
            Assert.Equal(3, Regex.Count(page, "<li>\n    <a href=\"/"));
            Assert.Matches("<ul class=\"post-tags\"><li><a href=\"/tags/[a-z-]+/\" rel=\"tag\">[a-z-]+</a>,</li><li>", page);
            Assert.Matches("<time datetime=\"20\\d\\d-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+00:00\">", page);
            Assert.Contains("<footer class=\"site-footer\">", page, StringComparison.Ordinal);
            Assert.Equal(7, bench.ParseChainTemplates());

            string flat = bench.GazetteRenderFlat();
            Assert.Equal(bench.FluidRenderFlat(), flat);
            Assert.Equal(3, Regex.Count(flat, "<li>\n    <a href=\"/"));
            Assert.NotNull(bench.FluidParseFlat());
            Assert.NotNull(bench.GazetteParseFlat());
        }
        finally
        {
            bench.Cleanup();
        }
    }

    [Fact]
    public void Build_benchmark_builds_the_generated_site()
    {
        var bench = new InMemoryBuildBenchmarks { Posts = 12 };
        bench.Setup();
        try
        {
            // Posts, the home page, the archive and ten category pages.
            Assert.Equal(12 + 2 + 10, bench.Build());
            Assert.Equal(12 + 2 + 10, bench.Build());
        }
        finally
        {
            bench.Cleanup();
        }
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex StripTags();
}
