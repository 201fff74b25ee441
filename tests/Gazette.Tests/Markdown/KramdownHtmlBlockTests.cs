using Gazette.Markdown;

namespace Gazette.Tests.Markdown;

/// <summary>HTML blocks as kramdown ends them; expected HTML is Jekyll 4.3.1's output for the same text.</summary>
public class KramdownHtmlBlockTests
{
    private static readonly MarkdownConverter Kramdown = new(KramdownOptions.JekyllDefaults);

    [Fact]
    public void Text_after_the_end_tag_starts_a_new_block()
    {
        var html = Kramdown.Convert("<iframe src=\"https://www.youtube.com/embed/x\"></iframe> Watch it.\n\n> <div>quoted</div> text\n\n<div markdown=\"1\">\n**bold**\n</div> tail\n");
        Assert.Equal(
            "<iframe src=\"https://www.youtube.com/embed/x\"></iframe>\n<p>Watch it.</p>\n\n"
            + "<blockquote>\n  <div>quoted</div>\n  <p>text</p>\n</blockquote>\n\n"
            + "<div>\n  <p><strong>bold</strong></p>\n</div>\n<p>tail</p>\n",
            html);
    }
}
