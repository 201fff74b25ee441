using Gazette.Markdown;

namespace Gazette.Tests.Markdown;

public class MarkdownConverterTests
{
    private static readonly MarkdownConverter Kramdown = new(KramdownOptions.JekyllDefaults);

    [Fact]
    public void Converts_a_paragraph()
    {
        var html = Kramdown.Convert("Hello *world*");
        Assert.Equal("<p>Hello <em>world</em></p>\n", html);
    }

    [Fact]
    public void Writes_smart_quotes_and_typographic_symbols_as_characters()
    {
        var html = Kramdown.Convert("\"Quoted\" -- it's... << x >> ---\n");
        Assert.Equal("<p>\u201CQuoted\u201D \u2013 it\u2019s\u2026 \u00AB\u00A0x\u00A0\u00BB \u2014</p>\n", html);
    }

    [Fact]
    public void Gives_headers_gfm_ids_and_numbers_duplicates()
    {
        var html = Kramdown.Convert("# Hello World\n\n## Hello World\n\n### Ünïcode `code` & stuff\n");
        Assert.Equal(
            "<h1 id=\"hello-world\">Hello World</h1>\n\n<h2 id=\"hello-world-1\">Hello World</h2>\n\n" +
            "<h3 id=\"ünïcode-code--stuff\">Ünïcode <code class=\"language-plaintext highlighter-rouge\">code</code> &amp; stuff</h3>\n",
            html);
    }

    [Fact]
    public void Wraps_code_blocks_like_kramdown_with_rouge()
    {
        var html = Kramdown.Convert("    x = 1\n\n~~~ made-up-language\ny\n~~~\n");
        Assert.Equal(
            "<div class=\"language-plaintext highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"><code>x = 1\n</code></pre></div></div>\n\n" +
            "<pre><code class=\"language-made-up-language\">y\n</code></pre>\n",
            html);
    }

    [Fact]
    public void Applies_block_and_span_attribute_lists()
    {
        var html = Kramdown.Convert("A *b*{: .x} c\n{: #para .lead}\n");
        Assert.Equal("<p id=\"para\" class=\"lead\">A <em class=\"x\">b</em> c</p>\n", html);
    }

    [Fact]
    public void Builds_a_table_of_contents_in_place_of_the_toc_list()
    {
        var html = Kramdown.Convert("* TOC\n{:toc}\n\n# One\n\n## Two\n");
        Assert.Equal(
            "<ul id=\"markdown-toc\">\n  <li><a href=\"#one\" id=\"markdown-toc-one\">One</a>    <ul>\n" +
            "      <li><a href=\"#two\" id=\"markdown-toc-two\">Two</a></li>\n    </ul>\n  </li>\n</ul>\n\n" +
            "<h1 id=\"one\">One</h1>\n\n<h2 id=\"two\">Two</h2>\n",
            html);
    }

    [Fact]
    public void Writes_footnotes_with_kramdown_markup()
    {
        var html = Kramdown.Convert("Text[^1].\n\n[^1]: The note.\n");
        Assert.Equal(
            "<p>Text<sup id=\"fnref:1\"><a href=\"#fn:1\" class=\"footnote\" rel=\"footnote\" role=\"doc-noteref\">1</a></sup>.</p>\n\n" +
            "<div class=\"footnotes\" role=\"doc-endnotes\">\n  <ol>\n    <li id=\"fn:1\">\n" +
            "      <p>The note.\u00A0<a href=\"#fnref:1\" class=\"reversefootnote\" role=\"doc-backlink\">&#8617;</a></p>\n" +
            "    </li>\n  </ol>\n</div>\n",
            html);
    }

    [Fact]
    public void Parses_markdown_inside_html_with_markdown_attribute()
    {
        var html = Kramdown.Convert("<div class=\"note\" markdown=\"1\">\n*hi*\n</div>\n");
        Assert.Equal("<div class=\"note\">\n  <p><em>hi</em></p>\n</div>\n", html);
    }

    [Fact]
    public void CommonMark_mode_uses_the_plain_pipeline()
    {
        var converter = new MarkdownConverter(KramdownOptions.FromConfig(null, "CommonMark"));
        Assert.Equal("<h1>&quot;Hi&quot; -- there</h1>\n", converter.Convert("# \"Hi\" -- there"));
    }

    [Fact]
    public void Is_safe_to_share_across_threads()
    {
        var inputs = Enumerable.Range(0, 64)
            .Select(i => $"# Title {i % 5}\n\n* item \"{i}\"[^n]\n* {{: .c}} next\n\n| a | b |\n|---|---|\n| {i} | x |\n\n[^n]: note {i}\n")
            .ToArray();
        var expected = inputs.Select(Kramdown.Convert).ToArray();
        var actual = new string[inputs.Length];
        Parallel.For(0, inputs.Length * 4, i => actual[i % inputs.Length] = Kramdown.Convert(inputs[i % inputs.Length]));
        Assert.Equal(expected, actual);
    }
}
