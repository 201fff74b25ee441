using Gazette.Markdown;

namespace Gazette.Tests.Markdown;

public class MarkdownConverterTests
{
    [Fact]
    public void Converts_a_paragraph()
    {
        var html = new MarkdownConverter(KramdownOptions.JekyllDefaults).Convert("Hello *world*");
        Assert.Equal("<p>Hello <em>world</em></p>\n", html);
    }
}
