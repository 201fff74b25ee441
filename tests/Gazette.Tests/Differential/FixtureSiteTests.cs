using Gazette.Pipeline;

namespace Gazette.Tests.Differential;

/// <summary>
/// Builds each fixture site with Gazette and compares every output file with what Jekyll produced for it
/// (HTML by normalised DOM, everything else byte for byte).
/// </summary>
public class FixtureSiteTests
{
    public static TheoryData<string> Sites() => new(FixturePaths.Names);

    [Theory]
    [MemberData(nameof(Sites))]
    public void Gazette_output_matches_Jekyll(string name)
    {
        var destination = Path.Combine(Path.GetTempPath(), "gazette-fixture-" + name + "-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var args = FixturePaths.BuildArguments(name);
            SiteBuilder.Build(new BuildOptions
            {
                Source = FixturePaths.Source(name),
                Destination = destination,
                Drafts = args.Contains("--drafts"),
                Future = args.Contains("--future"),
                Unpublished = args.Contains("--unpublished"),
            });
            var differences = SiteComparer.Compare(FixturePaths.Expected(name), destination);
            if (KnownFixtureGaps.Sites.TryGetValue(name, out var gap))
            {
                Assert.True(differences.Count > 0, $"{name} now matches Jekyll: remove it from KnownFixtureGaps and docs/compat.md");
                Assert.Skip($"known gap: {gap}\n{SiteComparer.Report(differences, limit: 3)}");
            }
            Assert.True(differences.Count == 0, SiteComparer.Report(differences));
        }
        finally
        {
            if (Directory.Exists(destination))
            {
                Directory.Delete(destination, recursive: true);
            }
        }
    }
}
