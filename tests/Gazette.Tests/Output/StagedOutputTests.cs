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

    [Fact]
    public void Folders_prepared_ahead_hold_the_files_written_later()
    {
        using var site = new TempSite();
        var paths = Enumerable.Range(0, 200).Select(i => $"{i % 7}/2026/{i % 12:00}/{i}/index.html").ToList();
        using (var output = new Gazette.Output.StagedOutput(site.Destination))
        {
            output.PrepareFolders(paths);
            foreach (var path in paths)
            {
                output.Write(path, path);
            }
            output.FinishPreparing(stop: false);
            output.Commit([]);
        }

        Assert.All(paths, path => Assert.Equal(path, site.ReadOutput(path)));
    }

    [Fact]
    public void A_folder_that_cannot_be_made_ahead_is_reported_by_the_write_not_by_the_folder_threads()
    {
        using var site = new TempSite();
        using var output = new Gazette.Output.StagedOutput(site.Destination);
        output.Write("taken", "a file where a folder is wanted");

        output.PrepareFolders(["taken/page.html", "../outside/page.html", "fine/page.html"]);
        output.FinishPreparing(stop: false);

        Assert.ThrowsAny<IOException>(() => output.Write("taken/page.html", "x"));
        Assert.Throws<InvalidOperationException>(() => output.Write("../outside/page.html", "x"));
        output.Write("fine/page.html", "fine");
        Assert.False(Directory.Exists(Path.Combine(site.Root, "outside")));
    }

    [Fact]
    public void A_failed_build_stops_the_folder_threads_before_removing_the_staging_folder()
    {
        using var site = new TempSite();
        var paths = Enumerable.Range(0, 2000).Select(i => $"{i}/index.html").ToList();
        using (var output = new Gazette.Output.StagedOutput(site.Destination))
        {
            output.PrepareFolders(paths);
        }

        Assert.Empty(Directory.GetDirectories(site.Root, ".*gazette*"));
        Assert.False(Directory.Exists(site.Destination));
    }
}
