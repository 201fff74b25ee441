using Gazette.Pipeline;
using Gazette.Tests.Differential;
using Gazette.Tests.Testing;

namespace Gazette.Tests.Examples;

/// <summary>The bundled example news site builds, and the seed post lands where Jekyll puts it.</summary>
public class ExampleSiteTests
{
    private const string SeedUrl = "news/2026/01/06/selfies-and-smiles-south-korea-seeks-latest-phase-in-ties-with-china.html";

    [Fact]
    public void Example_site_builds_with_the_seed_post_and_front_page()
    {
        using var output = new TempSite();
        var source = Path.Combine(FixturePaths.RepositoryRoot, "examples", "news");
        var result = SiteBuilder.Build(new BuildOptions { Source = source, Destination = output.Destination });

        Assert.True(result.DocumentsWritten > 5);
        var post = output.ReadOutput(SeedUrl);
        Assert.Contains("Latest: Selfies and smiles - South Korea seeks 'latest phase' in ties with China", post, StringComparison.Ordinal);
        // The body's first sentence; kramdown turns its apostrophe into a typographic one.
        Assert.Contains("Experts revealed that South Korea", post, StringComparison.Ordinal);
        Assert.Contains("President Lee Jae Myung has called for a", post, StringComparison.Ordinal);

        var home = output.ReadOutput("index.html");
        Assert.Contains("/" + SeedUrl, home, StringComparison.Ordinal);
        Assert.Contains("/assets/images/35452e63b5c189d3df3201367f893590.jpg", home, StringComparison.Ordinal);
        Assert.Contains("snapped selfies with China", home, StringComparison.Ordinal);
        Assert.Contains("Bea Adely", home, StringComparison.Ordinal);
    }
}
