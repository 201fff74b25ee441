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

    [Fact]
    public void Parses_nested_elements_with_a_markdown_attribute_inside_raw_html()
    {
        var html = Kramdown.Convert("<details>\n<summary>Click</summary>\n<div markdown=\"1\">\nSome **bold** text\n</div>\n</details>\n\n"
            + "<table>\n  <tr><td markdown=\"span\">*cell*</td></tr>\n</table>\n");
        Assert.Equal(
            "<details>\n<summary>Click</summary>\n<div>\n    <p>Some <strong>bold</strong> text</p>\n  </div>\n</details>\n\n"
            + "<table>\n  <tr><td><em>cell</em></td></tr>\n</table>\n",
            html);
    }
}
