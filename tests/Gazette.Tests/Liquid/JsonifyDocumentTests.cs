using Gazette.Pipeline;
using Gazette.Tests.Differential;

namespace Gazette.Tests.Liquid;

/// <summary>
/// <c>{{ page | jsonify }}</c>, <c>{{ site.posts.first | jsonify }}</c> and <c>inspect</c> of a collection document
/// against Jekyll 4.4.1's own output (Fixtures/Liquid/jsonify, built by its regenerate.sh): the keys in Jekyll's
/// order (a document's methods, then draft, front matter defaults and front matter; a page's defaults and data,
/// then its fields), the neighbours collapsed from two levels deep, and every value.
/// </summary>
public sealed class JsonifyDocumentTests
{
    private static readonly string Fixture = Path.Combine(FixturePaths.RepositoryRoot, "tests", "Gazette.Tests", "Fixtures", "Liquid", "jsonify");

    [Fact]
    public void Every_file_is_what_Jekyll_wrote()
    {
        var destination = Path.Combine(Path.GetTempPath(), "gazette-jsonify-" + Guid.NewGuid().ToString("N")[..10]);
        try
        {
            SiteBuilder.Build(new BuildOptions { Source = Path.Combine(Fixture, "source"), Destination = destination, Now = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero) });
            var expected = Path.Combine(Fixture, "expected");
            var files = Directory.EnumerateFiles(expected, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(expected, f)).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(4, files.Count);
            Assert.Equal(files, Directory.EnumerateFiles(destination, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(destination, f)).Order(StringComparer.Ordinal));
            foreach (var file in files)
            {
                Assert.Equal(File.ReadAllText(Path.Combine(expected, file)), File.ReadAllText(Path.Combine(destination, file)));
            }
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
