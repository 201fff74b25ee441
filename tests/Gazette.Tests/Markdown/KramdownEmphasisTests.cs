using Gazette.Markdown;

namespace Gazette.Tests.Markdown;

/// <summary>kramdown's emphasis and GFM strikethrough rules; expected HTML is Jekyll 4.3.1's output for the same line.</summary>
public class KramdownEmphasisTests
{
    private static readonly MarkdownConverter Kramdown = new(KramdownOptions.JekyllDefaults);

    [Theory]
    [InlineData("**Note:**text here and *Italic.*Next", "<strong>Note:</strong>text here and <em>Italic.</em>Next")]
    [InlineData("***both*** and ***both** just bold* and ***both* just italic**",
        "<strong><em>both</em></strong> and <strong><em>both** just bold</em> and **<em>both</em> just italic</strong>")]
    [InlineData("*a [b *c* d](u) e* and **a <span>b** c</span> d**",
        "<em>a <a href=\"u\">b *c* d</a> e</em> and <strong>a <span>b** c</span> d</strong>")]
    [InlineData("This **a *star*. and This ****is empty.", "This <strong>a <em>star</em>. and This **</strong>is empty.")]
    [InlineData("snake_case and _snake_case_ and __dunder__ and a_b_", "snake_case and <em>snake_case</em> and <strong>dunder</strong> and a_b_")]
    public void Pairs_marks_like_kramdown(string markdown, string html) =>
        Assert.Equal("<p>" + html + "</p>\n", Kramdown.Convert(markdown + "\n"));

    [Fact]
    public void Strikethrough_follows_the_gfm_parsers_regex()
    {
        var html = Kramdown.Convert("~~a *b* c~~ and ~~a **b~~ c** and ~~~x~~~\n");
        Assert.Equal("<p><del>a <em>b</em> c</del> and <del>a **b</del> c** and ~<del>x</del>~</p>\n", html);
    }
}
