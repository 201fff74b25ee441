using Gazette.Content;

namespace Gazette.Tests.Content;

public class PostFileNameTests
{
    [Theory]
    [InlineData("_posts/2026-01-06-some-title.md", "2026-01-06", "some-title", ".md")]
    [InlineData("news/_posts/2026-1-6-a.b.markdown", "2026-1-6", "a.b", ".markdown")]
    [InlineData("_posts/sub/2026-01-06-trailing...md", "2026-01-06", "trailing", ".md")]
    public void Splits_date_slug_and_extension(string path, string date, string slug, string ext) =>
        Assert.Equal((date, slug, ext), PostFileName.Parse(path));

    [Fact]
    public void Undated_files_are_not_posts() => Assert.False(PostFileName.IsDated("_posts/notes.md"));
}
