using Gazette.Pipeline;
using Gazette.Tests.Testing;

namespace Gazette.Tests.Markdown;

/// <summary>
/// The site's top-level <c>highlighter</c> reaches kramdown when <c>kramdown.syntax_highlighter</c> is not set,
/// as Jekyll's kramdown converter does. Expected HTML is what Jekyll 4.3.1 wrote for the same files.
/// </summary>
public class SiteHighlighterSettingTests
{
    [Fact]
    public void Highlighter_none_leaves_code_blocks_unhighlighted_as_jekyll_does()
    {
        using var site = new TempSite(
            ("_config.yml", "highlighter: none\n"),
            ("index.md", "---\n---\n```ruby\nputs 1\n```\n\n    indented\n"));

        SiteBuilder.Build(new BuildOptions { Source = site.Source, Destination = site.Destination });

        Assert.Equal("<pre><code class=\"language-ruby\">puts 1\n</code></pre>\n\n<pre><code>indented\n</code></pre>\n",
            site.ReadOutput("index.html"));
    }

    [Fact]
    public void Without_the_setting_code_blocks_are_highlighted_by_rouge()
    {
        using var site = new TempSite(("index.md", "---\n---\n```ruby\nputs 1\n```\n"));

        SiteBuilder.Build(new BuildOptions { Source = site.Source, Destination = site.Destination });

        Assert.StartsWith("<div class=\"language-ruby highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"><code><span class=\"nb\">puts</span>",
            site.ReadOutput("index.html"), StringComparison.Ordinal);
    }
}
