namespace Gazette.Tests.Differential;

public sealed class HtmlNormalizerTests
{
    [Fact]
    public void Writes_one_node_per_line_with_sorted_attributes_and_quoted_text()
    {
        var normalized = HtmlNormalizer.Normalize(
            "<!DOCTYPE html>\n<html><head><title> A  title </title></head>\n<body>\n" +
            "<p id=\"x\" class=\"c\">Hello <em>big</em>\n  world<br>\n  next</p>\n<!--  note  -->\n" +
            "<pre><code>a  b\n</code></pre></body></html>");

        const string Expected = """
            <!DOCTYPE html>
            <html>
              <head>
                <title>
                  "A title"
                </title>
              </head>
              <body>
                <p class="c" id="x">
                  "Hello "
                  <em>
                    "big"
                  </em>
                  " world"
                  <br>
                  "next"
                </p>
                <!--note-->
                <pre>
                  <code>
                    "a  b\n"
                  </code>
                </pre>
              </body>
            </html>

            """;
        Assert.Equal(Expected, normalized);
    }

    [Theory]
    [InlineData("<p>a<b>b</b></p>", "<p>a <b>b</b></p>")]
    [InlineData("<p>a&nbsp;b</p>", "<p>a b</p>")]
    [InlineData("<p>a</p>", "<div>a</div>")]
    [InlineData("<textarea>a  b</textarea>", "<textarea>a b</textarea>")]
    [InlineData("<p><!--more--></p>", "<p></p>")]
    public void Visible_differences_survive_normalization(string left, string right)
    {
        Assert.NotEqual(HtmlNormalizer.Normalize(left), HtmlNormalizer.Normalize(right));
    }

    [Theory]
    [InlineData("<ul><li>a</li><li>b</li></ul>", "<ul>\n  <li>a</li>\n\n  <li>b</li>\n</ul>\n")]
    [InlineData("<p>Tom &amp; Jerry &#39;s</p>", "<p>Tom &#38; Jerry 's</p>")]
    [InlineData("<a href=\"/x\" class=\"y\">z</a>", "<a class=\"y\"  href=\"/x\">z</a>")]
    [InlineData("<p>one\ntwo</p>", "<p>one   two</p>")]
    public void Insignificant_differences_are_normalized_away(string left, string right)
    {
        Assert.Equal(HtmlNormalizer.Normalize(left), HtmlNormalizer.Normalize(right));
    }
}
