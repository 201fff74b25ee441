using Gazette.Markdown;

namespace Gazette.Tests.Markdown;

/// <summary>
/// <c>syntax_highlighter</c> and <c>syntax_highlighter_opts</c> from <c>_config.yml</c>; every expected string is
/// what Jekyll 4.3.1 (kramdown 2.4, Rouge 3.30) writes for <see cref="Source"/> with that configuration.
/// </summary>
public class KramdownHighlighterOptionsTests
{
    private const string Source = "```ruby\nputs 1\n```\n\n```\nplain\n```\n\nand `code`{:.language-ruby} `x`\n";

    private const string RubyTokens = "<span class=\"nb\">puts</span> <span class=\"mi\">1</span>\n";

    private const string Spans =
        "<p>and <code class=\"language-ruby highlighter-rouge\"><span class=\"n\">code</span></code> <code class=\"language-plaintext highlighter-rouge\">x</code></p>\n";

    private const string Unhighlighted =
        "<pre><code class=\"language-ruby\">puts 1\n</code></pre>\n\n<pre><code>plain\n</code></pre>\n\n" +
        "<p>and <code class=\"language-ruby\">code</code> <code>x</code></p>\n";

    private static string Convert(Dictionary<string, object?>? kramdown, object? highlighter = null) =>
        new MarkdownConverter(KramdownOptions.FromConfig(kramdown, "kramdown", highlighter ?? "rouge")).Convert(Source);

    private static Dictionary<string, object?> Opts(Dictionary<string, object?> opts) => new() { ["syntax_highlighter_opts"] = opts };

    [Fact]
    public void Adds_rouges_line_number_table_for_blocks()
    {
        var html = Convert(Opts(new() { ["block"] = new Dictionary<string, object?> { ["line_numbers"] = true } }));
        Assert.Equal(
            "<div class=\"language-ruby highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"><code>" +
            "<table class=\"rouge-table\"><tbody><tr><td class=\"rouge-gutter gl\"><pre class=\"lineno\">1\n</pre></td>" +
            "<td class=\"rouge-code\"><pre>" + RubyTokens + "</pre></td></tr></tbody></table></code></pre></div></div>\n\n" +
            "<div class=\"language-plaintext highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"><code>" +
            "<table class=\"rouge-table\"><tbody><tr><td class=\"rouge-gutter gl\"><pre class=\"lineno\">1\n</pre></td>" +
            "<td class=\"rouge-code\"><pre>plain\n</pre></td></tr></tbody></table></code></pre></div></div>\n\n" + Spans,
            html);
    }

    [Fact]
    public void Line_table_without_wrapper_honours_start_line_and_format()
    {
        var block = new Dictionary<string, object?> { ["line_numbers"] = true, ["start_line"] = 9L, ["line_format"] = "%03d", ["wrap"] = false };
        var html = Convert(Opts(new() { ["block"] = block }));
        Assert.StartsWith(
            "<div class=\"language-ruby highlighter-rouge\"><table class=\"rouge-table\"><tbody><tr><td class=\"rouge-gutter gl\">" +
            "<pre class=\"lineno\">009\n</pre></td><td class=\"rouge-code\"><pre>" + RubyTokens + "</pre></td></tr></tbody></table></div>\n",
            html);
    }

    [Fact]
    public void Css_class_names_the_pre_and_span_disable_leaves_code_spans_plain()
    {
        var html = Convert(Opts(new() { ["css_class"] = "custom", ["span"] = new Dictionary<string, object?> { ["disable"] = true } }));
        Assert.Equal(
            "<div class=\"language-ruby highlighter-rouge\"><div class=\"highlight\"><pre class=\"custom\"><code>" + RubyTokens + "</code></pre></div></div>\n\n" +
            "<div class=\"language-plaintext highlighter-rouge\"><div class=\"highlight\"><pre class=\"custom\"><code>plain\n</code></pre></div></div>\n\n" +
            "<p>and <code class=\"language-ruby\">code</code> <code>x</code></p>\n",
            html);
    }

    [Fact]
    public void Disable_or_an_unknown_site_highlighter_leaves_all_code_plain()
    {
        Assert.Equal(Unhighlighted, Convert(Opts(new() { ["disable"] = true })));
        Assert.Equal(Unhighlighted, Convert(null, "none"));
    }

    [Fact]
    public void A_nil_syntax_highlighter_falls_back_to_rouge_as_in_jekyll()
    {
        var html = Convert(new() { ["syntax_highlighter"] = null });
        Assert.StartsWith("<div class=\"language-ruby highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"><code>" + RubyTokens, html);
        Assert.EndsWith(Spans, html);
    }

    [Fact]
    public void Guess_lang_false_leaves_code_without_a_language_plain()
    {
        var html = Convert(new() { ["guess_lang"] = false });
        Assert.EndsWith(
            "<pre><code>plain\n</code></pre>\n\n" +
            "<p>and <code class=\"language-ruby highlighter-rouge\"><span class=\"n\">code</span></code> <code>x</code></p>\n",
            html);
    }

    [Fact]
    public void Minted_writes_latex_into_the_html()
    {
        var html = Convert(new() { ["syntax_highlighter"] = "minted" });
        Assert.Equal(
            "<div class=\"language-ruby highlighter-minted\">\\begin{minted}[]{ruby}\nputs 1\n\n\\end{minted}</div>\n\n" +
            "<div class=\"highlighter-minted\">\\begin{minted}[]{plaintext}\nplain\n\n\\end{minted}</div>\n\n" +
            "<p>and <code class=\"language-ruby highlighter-minted\">\\mintinline{ruby}{code}</code> <code class=\"highlighter-minted\">\\mintinline{plaintext}{x}</code></p>\n",
            html);
    }
}
