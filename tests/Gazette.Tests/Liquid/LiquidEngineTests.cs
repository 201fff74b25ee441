using Gazette.Configuration;
using Gazette.Diagnostics;
using Gazette.Liquid;
using Gazette.Markdown;
using Gazette.Model;
using Gazette.Rendering;

namespace Gazette.Tests.Liquid;

/// <summary>Engine behaviour the conformance suites do not reach: render isolation, error modes, warnings.</summary>
public sealed class LiquidEngineTests
{
    private static (LiquidEngine Engine, Site Site) Create(string? errorMode = null)
    {
        var raw = JekyllDefaults.Create();
        raw["timezone"] = "UTC";
        if (errorMode is not null)
        {
            ((Dictionary<string, object?>)raw["liquid"]!)["error_mode"] = errorMode;
        }
        var source = Path.Combine(Path.GetTempPath(), "gazette-liquid-engine-tests");
        var config = new SiteConfig(source, Path.Combine(source, "_site"), raw);
        return (new LiquidEngine(config, new MarkdownConverter(config.Kramdown)), new Site(config, DateTimeOffset.UnixEpoch));
    }

    private static string Render(LiquidEngine engine, Site site, params string[] templates)
    {
        var context = engine.CreateStandaloneContext(site);
        var scope = RenderScope.From(context);
        var output = "";
        foreach (var template in templates)
        {
            output += LiquidRenderer.Render(engine.Parse(template, "page.html", 1), context, scope) + "|";
        }
        return output;
    }

    [Fact]
    public void Each_top_level_render_has_its_own_assigns_but_shares_counters()
    {
        // Jekyll renders a page and then each layout with a new Liquid context over the same payload:
        // assigns do not carry over, increment counters (kept in the payload) do.
        var (engine, site) = Create();
        var output = Render(engine, site, "{% assign a = 'page' %}{% increment n %}", "[{{ a }}]{% increment n %}");
        Assert.Equal("0|[]1|", output);
    }

    [Fact]
    public void Warn_mode_falls_back_to_lax_and_records_a_warning()
    {
        var (engine, _) = Create();
        var document = (LiquidDocument)engine.Parse("{{ 'a' | upcase: }}{% if a = b %}x{% endif %}", "page.html", 1).Template;
        Assert.Equal(2, document.Warnings.Count);
    }

    [Fact]
    public void Strict_mode_rejects_what_lax_parsing_would_accept()
    {
        var (strict, _) = Create("strict");
        var error = Assert.Throws<BuildException>(() => strict.Parse("line\n{{ 'a' | | upcase }}", "page.html", 3));
        Assert.Equal(4, error.Diagnostic.Line);
        var (lax, site) = Create("lax");
        Assert.Equal("A|", Render(lax, site, "{{ 'a' | | upcase }}"));
    }

    [Fact]
    public void Unknown_tags_and_unclosed_blocks_fail_in_every_mode()
    {
        var (engine, _) = Create("lax");
        Assert.Throws<BuildException>(() => engine.Parse("{% no_such_tag 'x' %}", "page.html", 1));
        Assert.Throws<BuildException>(() => engine.Parse("{% if true %}", "page.html", 1));
    }

    [Fact]
    public void Strict_filters_and_variables_raise_when_configured()
    {
        var raw = JekyllDefaults.Create();
        raw["liquid"] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["strict_filters"] = true, ["strict_variables"] = true };
        var config = new SiteConfig(Path.GetTempPath(), Path.Combine(Path.GetTempPath(), "_site"), raw);
        var engine = new LiquidEngine(config, new MarkdownConverter(config.Kramdown));
        var site = new Site(config, DateTimeOffset.UnixEpoch);
        Assert.Throws<BuildException>(() => Render(engine, site, "{{ 'a' | no_such_filter }}"));
        Assert.Throws<BuildException>(() => Render(engine, site, "{{ no_such_variable }}"));
    }
}
