namespace Gazette.Tests.Differential;

/// <summary>
/// Checks the shape of the committed fixture data, so a half-regenerated or hand-edited fixture is
/// caught before the differential tests blame the engine.
/// </summary>
public sealed class FixtureInventoryTests
{
    private static readonly EnumerationOptions AllFiles = new()
    {
        RecurseSubdirectories = true,
        AttributesToSkip = FileAttributes.None,
    };

    [Fact]
    public void The_sites_folder_is_found_from_the_test_binary()
    {
        Assert.True(Directory.Exists(FixturePaths.SitesDirectory), FixturePaths.SitesDirectory);
        Assert.True(File.Exists(Path.Combine(FixturePaths.SitesDirectory, "..", "regenerate.sh")));
    }

    [Fact]
    public void There_are_at_least_seven_sites_each_with_source_and_expected_output()
    {
        var names = FixturePaths.Names;

        Assert.True(names.Count >= 7, $"only {names.Count} fixture sites");
        Assert.All(names, name =>
        {
            Assert.True(File.Exists(Path.Combine(FixturePaths.Source(name), "_config.yml")), $"{name}: no source/_config.yml");
            Assert.NotEmpty(Directory.GetFiles(FixturePaths.Expected(name), "*", AllFiles));
        });
    }

    [Fact]
    public void No_build_leftovers_are_committed()
    {
        var leftovers = Directory.GetFileSystemEntries(FixturePaths.SitesDirectory, "*", AllFiles)
            .Where(path => Path.GetFileName(path) is ".jekyll-cache" or ".jekyll-metadata" or "_site" ||
                           path.Contains($"{Path.DirectorySeparatorChar}.jekyll-cache{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToArray();

        Assert.Empty(leftovers);
    }

    [Fact]
    public void Build_arguments_are_read_from_the_optional_file()
    {
        Assert.Equal(["--drafts", "--future", "--unpublished"], FixturePaths.BuildArguments("drafts-all"));
        Assert.Empty(FixturePaths.BuildArguments("drafts-default"));
    }

    [Fact]
    public void The_drafts_pair_shares_one_source()
    {
        var left = FixturePaths.Source("drafts-default");
        var right = FixturePaths.Source("drafts-all");

        Assert.Empty(SiteComparer.Compare(left, right));
    }

    [Fact]
    public void Every_expected_site_parses_and_matches_itself()
    {
        // Normalizes every expected HTML page (so AngleSharp copes with all of them) and checks that
        // two copies of an expected site compare equal.
        foreach (var name in FixturePaths.Names)
        {
            var expected = FixturePaths.Expected(name);
            Assert.Empty(SiteComparer.Compare(expected, expected));
            foreach (var page in Directory.GetFiles(expected, "*", AllFiles).Where(SiteComparer.IsHtml))
            {
                Assert.NotEmpty(HtmlNormalizer.Normalize(File.ReadAllText(page)));
            }
        }
    }
}
