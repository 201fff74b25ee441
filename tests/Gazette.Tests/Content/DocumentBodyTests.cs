using System.Text;
using Gazette.Configuration;
using Gazette.Content;
using Gazette.Tests.Testing;

namespace Gazette.Tests.Content;

/// <summary>A post's body is not held from reading to rendering: it is read again from the file when asked for.</summary>
public class DocumentBodyTests
{
    private const string Post = "---\ntitle: Hello\n---\nFirst paragraph.\n\n<!--more-->\n\nSecond, with é.\n";

    [Fact]
    public void The_body_and_excerpt_text_come_from_after_the_front_matter()
    {
        using var site = new TempSite(("_posts/2026-01-06-hello.md", Post));
        var doc = ReadPost(site);

        Assert.Equal("First paragraph.\n\n<!--more-->\n\nSecond, with é.\n", doc.RawContent);
        Assert.Equal("First paragraph.", doc.ExcerptSource);
    }

    [Fact]
    public void The_body_is_read_again_from_the_file_after_a_byte_order_mark()
    {
        using var site = new TempSite();
        var path = Path.Combine(site.Source, "_posts", "2026-01-06-hello.md");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Post)]);
        var doc = ReadPost(site);

        // An edit made after reading shows: the body comes from disk, from the same offset.
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Post.Replace("First", "Fresh"))]);

        Assert.Equal("Fresh paragraph.\n\n<!--more-->\n\nSecond, with é.\n", doc.RawContent);
    }

    private static Gazette.Model.Document ReadPost(TempSite site)
    {
        var raw = JekyllDefaults.Create();
        raw["timezone"] = "UTC";
        var config = new SiteConfig(site.Source, site.Destination, raw);
        var reader = new DocumentReader(config, new FrontMatterDefaults(config), DateTimeOffset.UtcNow);
        var posts = config.Collections.Single(c => c.Label == "posts");
        return reader.ReadPost("_posts/2026-01-06-hello.md", posts, isDraft: false)!;
    }
}
