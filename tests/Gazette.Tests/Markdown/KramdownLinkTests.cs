using Gazette.Markdown;

namespace Gazette.Tests.Markdown;

/// <summary>kramdown's link parser; expected HTML is Jekyll 4.3.1's output for the same text.</summary>
public class KramdownLinkTests
{
    private static readonly MarkdownConverter Kramdown = new(KramdownOptions.JekyllDefaults);

    [Theory]
    [InlineData("![my image](/assets/my photo.jpg \"T\")", "<img src=\"/assets/my photo.jpg\" alt=\"my image\" title=\"T\" />")]
    [InlineData("[a](url\\_x) and [b](<u v> \"t\") and [a](/p(1))", "<a href=\"url\\_x\">a</a> and <a href=\"u v\" title=\"t\">b</a> and <a href=\"/p(1)\">a</a>")]
    [InlineData("[a [b](x) c](u) and [a](u \"\")", "<a href=\"u\">a [b](x) c</a> and [a](u \u201C\u201D)")]
    [InlineData("[![Build](https://ci/x.svg)](https://ci/x)", "<a href=\"https://ci/x\"><img src=\"https://ci/x.svg\" alt=\"Build\" /></a>")]
    public void Reads_inline_links_like_kramdown(string markdown, string html) =>
        Assert.Equal("<p>" + html + "</p>\n", Kramdown.Convert(markdown + "\n"));

    [Fact]
    public void Reference_may_follow_after_whitespace_or_a_line_break()
    {
        var html = Kramdown.Convert("[text] [id] and [text]\n[id] and [ID]\n\n[id]: http://x.com \"Title\"\n");
        Assert.Equal(
            "<p><a href=\"http://x.com\" title=\"Title\">text</a> and <a href=\"http://x.com\" title=\"Title\">text</a>"
            + " and <a href=\"http://x.com\" title=\"Title\">ID</a></p>\n\n",
            html);
    }

    [Fact]
    public void Predefined_link_defs_option_is_used_when_the_text_has_no_definition()
    {
        var options = KramdownOptions.JekyllDefaults.WithSection(new Dictionary<string, object?>
        {
            ["link_defs"] = new Dictionary<string, object?> { ["home"] = new List<object?> { "/index.html", "Home" } },
        });
        Assert.Equal("<p><a href=\"/index.html\" title=\"Home\">home</a></p>\n", new MarkdownConverter(options).Convert("[home]\n"));
    }
}
