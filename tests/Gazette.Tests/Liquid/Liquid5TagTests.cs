using Gazette.Diagnostics;
using Gazette.Pipeline;
using Gazette.Tests.Testing;

namespace Gazette.Tests.Liquid;

/// <summary>
/// Gazette's Liquid 5 tag extension in a real site build: what a <c>render</c> partial can see (Jekyll's payload,
/// not the page's variables), include disabled inside it, the <c>liquid</c> tag's lines in error messages, and
/// the <c>liquid5_tags: false</c> switch that restores Jekyll 4.4's unknown-tag errors.
/// </summary>
public sealed class Liquid5TagTests
{
    private static string Build(TempSite site, string page = "index.html")
    {
        SiteBuilder.Build(new BuildOptions { Source = site.Source, Destination = site.Destination, Now = DateTimeOffset.UnixEpoch });
        return site.ReadOutput(page);
    }

    [Fact]
    public void Render_sees_the_payload_and_its_arguments_but_not_the_pages_variables()
    {
        using var site = new TempSite(
            ("_config.yml", "title: Site\n"),
            ("_includes/card.html", "[{{ site.title }}|{{ page.title }}|{{ secret }}|{{ who }}|{{ card.name }}|{{ include.x }}]{% assign leaked = 1 %}"),
            ("_includes/card.liquid", "{{ page.title }} via .liquid"),
            ("index.html", "---\ntitle: Home\nperson: {name: Ann}\n---\n{% assign secret = 's' %}{% assign person = page.person %}" +
                "{% render 'card.html' with person as card, who: 'me' %}{{ leaked }}|{% render 'card' %}\n"));
        Assert.Equal("[Site|Home||me|Ann|]|Home via .liquid\n", Build(site));
    }

    [Fact]
    public void Render_for_gives_each_item_a_forloop_and_the_alias()
    {
        using var site = new TempSite(
            ("_includes/item.html", "{{ forloop.index }}/{{ forloop.length }}:{{ n }}{% unless forloop.last %},{% endunless %}"),
            ("index.html", "---\n---\n{% render 'item.html' for (1..3) as n %}\n"));
        Assert.Equal("1/3:1,2/3:2,3/3:3\n", Build(site));
    }

    [Fact]
    public void Include_inside_a_rendered_partial_is_an_error_with_the_partials_line()
    {
        using var site = new TempSite(
            ("_includes/other.html", "x"),
            ("_includes/card.html", "line 1\n{% include other.html %}"),
            ("index.html", "---\n---\n{% render 'card.html' %}\n"));
        var error = Assert.Throws<BuildException>(() => Build(site));
        Assert.Equal("_includes/card.html", error.Diagnostic.File);
        Assert.Equal(2, error.Diagnostic.Line);
        Assert.Contains("include usage is not allowed in this context", error.Diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Liquid_tag_echo_and_inline_comments_render()
    {
        using var site = new TempSite(
            ("index.html", "---\ntitle: Home\n---\n{% liquid\n  # a comment line\n  assign t = page.title | upcase\n  if t\n    echo t | append: '!'\n  endif\n%}{% # inline %}{%- echo ' done' -%}\n"));
        Assert.Equal("HOME! done", Build(site));
    }

    [Fact]
    public void An_error_inside_a_liquid_tag_names_the_line_of_the_file()
    {
        using var site = new TempSite(
            ("index.html", "---\ntitle: Home\n---\nfirst\n{% liquid\n  assign a = 1\n  no_such_tag a\n%}\n"));
        var error = Assert.Throws<BuildException>(() => Build(site));
        Assert.Equal("index.html", error.Diagnostic.File);
        Assert.Equal((7, 3), (error.Diagnostic.Line, error.Diagnostic.Column));
        Assert.Contains("Unknown tag 'no_such_tag'", error.Diagnostic.Message, StringComparison.Ordinal);

        site.Write("index.html", "---\ntitle: Home\n---\nfirst\n{% liquid\n  assign a = 1\n    echo a | divided_by: 0\n%}\n");
        error = Assert.Throws<BuildException>(() => Build(site));
        Assert.Equal(("index.html", 7, 5), (error.Diagnostic.File, error.Diagnostic.Line, error.Diagnostic.Column));
        Assert.Equal("Liquid Exception: divided by 0", error.Diagnostic.Message);
    }

    [Theory]
    [InlineData("{% echo 'x' %}")]
    [InlineData("{% render 'card.html' %}")]
    [InlineData("{% liquid echo 'x' %}")]
    [InlineData("{% # comment %}")]
    [InlineData("{% doc %}x{% enddoc %}")]
    public void Turning_the_extension_off_gives_Jekyll_4_4s_errors(string template)
    {
        using var site = new TempSite(
            ("_config.yml", "liquid:\n  liquid5_tags: false\n"),
            ("_includes/card.html", "card"),
            ("index.html", "---\n---\n" + template + "\n"));
        var error = Assert.Throws<BuildException>(() => Build(site));
        Assert.Contains("Liquid syntax error", error.Diagnostic.Message, StringComparison.Ordinal);
        site.Write("_config.yml", "title: on by default\n");
        Assert.DoesNotContain("Liquid", Build(site), StringComparison.Ordinal);
    }
}
