using Gazette.Pipeline;
using Gazette.Tests.Testing;

namespace Gazette.Tests.Pipeline;

/// <summary><c>--profile</c>: the stages in order and every template, includes too, with its render count and bytes.</summary>
public class BuildProfileTests
{
    [Fact]
    public void Profile_lists_the_stages_and_each_layout_include_and_page_with_counts_and_bytes()
    {
        using var site = new TempSite(
            ("_layouts/default.html", "<main>{% include note.html %}{{ content }}</main>"),
            ("_includes/note.html", "note"),
            ("_posts/2026-01-05-one.md", "---\nlayout: default\n---\nOne"),
            ("_posts/2026-01-06-two.md", "---\nlayout: default\n---\nTwo"),
            ("index.html", "---\n---\n{% for post in site.posts %}{{ post.title }} {% endfor %}"));

        var result = SiteBuilder.Build(new BuildOptions { Source = site.Source, Destination = site.Destination, Profile = true });

        var profile = Assert.IsType<BuildProfile>(result.Profile);
        Assert.Equal(["configure", "read", "assemble", "render + write", "copy static files", "swap output"],
            profile.Stages.Select(s => s.Name));
        // Reading and rendering allocate; the counts are differences, never negative.
        Assert.All(profile.Stages.Where(s => s.Name is "read" or "render + write"), s => Assert.True(s.AllocatedBytes > 0, s.Name));
        Assert.All(profile.Stages, s => Assert.True(s.Gen0Collections >= s.Gen1Collections && s.Gen1Collections >= s.Gen2Collections && s.Gen2Collections >= 0));
        var templates = profile.Templates.ToDictionary(t => t.File);
        Assert.Equal(2, templates["_layouts/default.html"].Count);
        Assert.Equal(2, templates["_includes/note.html"].Count);
        Assert.Equal(8, templates["_includes/note.html"].Bytes);
        Assert.Equal(1, templates["index.html"].Count);
        Assert.Equal("Two One ".Length, templates["index.html"].Bytes);
    }

    [Fact]
    public void Without_the_flag_there_is_no_profile()
    {
        using var site = new TempSite(("index.html", "---\n---\nhi"));
        Assert.Null(SiteBuilder.Build(new BuildOptions { Source = site.Source, Destination = site.Destination }).Profile);
    }
}
