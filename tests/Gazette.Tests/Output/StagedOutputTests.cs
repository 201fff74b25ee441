using Gazette.Pipeline;
using Gazette.Tests.Testing;

namespace Gazette.Tests.Output;

public class StagedOutputTests
{
    [Fact]
    public void Rebuild_removes_stale_files_but_keeps_keep_files()
    {
        using var site = new TempSite(("index.html", "---\n---\nHome\n"), ("_config.yml", "keep_files: [.git, uploads]\n"));
        Directory.CreateDirectory(Path.Combine(site.Destination, ".git"));
        File.WriteAllText(Path.Combine(site.Destination, ".git", "config"), "kept");
        Directory.CreateDirectory(Path.Combine(site.Destination, "uploads"));
        File.WriteAllText(Path.Combine(site.Destination, "uploads", "photo.jpg"), "kept too");
        File.WriteAllText(Path.Combine(site.Destination, "stale.html"), "old");

        SiteBuilder.Build(new BuildOptions { Source = site.Source, Destination = site.Destination });

        Assert.Equal("kept", site.ReadOutput(".git/config"));
        Assert.Equal("kept too", site.ReadOutput("uploads/photo.jpg"));
        Assert.False(File.Exists(Path.Combine(site.Destination, "stale.html")));
        Assert.Equal("Home\n", site.ReadOutput("index.html"));
        Assert.Empty(Directory.GetDirectories(site.Root, ".*gazette*"));
    }

    [Fact]
    public void A_path_written_twice_keeps_the_last_content_whole()
    {
        using var site = new TempSite();
        using (var output = new Gazette.Output.StagedOutput(site.Destination))
        {
            output.Write("a/b/c/page.html", "a first, longer version of the page");
            output.Write("a/b/c/page.html", "second");
            output.Write("a/b/other.html", "other");
            output.Commit([]);
        }

        Assert.Equal("second", site.ReadOutput("a/b/c/page.html"));
        Assert.Equal("other", site.ReadOutput("a/b/other.html"));
    }
}
