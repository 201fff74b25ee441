using Gazette.Model;

namespace Gazette.Tests.Model;

public class UrlTemplateTests
{
    [Theory]
    [InlineData("//news//2026/01/06/x.html", "/news/2026/01/06/x.html")]
    [InlineData("a/../b", "/a///b")]
    [InlineData("./about", "/about")]
    public void Sanitizes_like_Jekyll_URL(string url, string expected) =>
        Assert.Equal(expected.Replace("///", "/", StringComparison.Ordinal), UrlTemplate.Sanitize(url));

    [Theory]
    [InlineData("plain-slug", "plain-slug")]
    [InlineData("town hall", "town%20hall")]
    [InlineData("café", "caf%C3%A9")]
    [InlineData("c#", "c%23")]
    public void Escapes_path_segments(string value, string expected) => Assert.Equal(expected, UrlTemplate.EscapePath(value));

    [Fact]
    public void Expands_placeholders_and_reports_unknown_ones()
    {
        var url = UrlTemplate.Expand("/:categories/:year/:title:output_ext", key => key switch
        {
            "categories" => (true, ""),
            "year" => (true, "2026"),
            "title" => (true, "hello"),
            "output_ext" => (true, ".html"),
            _ => (false, null),
        }, out var unknown);
        Assert.Null(unknown);
        Assert.Equal("/2026/hello.html", UrlTemplate.Sanitize(url));

        UrlTemplate.Expand("/:nope/", _ => (false, null), out unknown);
        Assert.Equal("nope", unknown);
    }
}
