using Gazette.Pipeline;
using Gazette.SiteGenerator;
using Gazette.Tests.Differential;

namespace Gazette.Tests.Pipeline;

/// <summary>Reading and rendering run on many threads; the bytes written must not depend on how many.</summary>
public sealed class DeterministicOutputTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "gazette-determinism-" + Guid.NewGuid().ToString("N")[..10]);

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void A_generated_news_site_builds_to_the_same_bytes_on_one_thread_and_on_eight()
    {
        var source = Path.Combine(_root, "site");
        new SiteGenerator.SiteGenerator(new GeneratorOptions(300, source, SiteFlavor.Jekyll)).Generate();
        AssertSameOutput(source);
    }

    [Fact]
    public void The_example_site_builds_to_the_same_bytes_on_one_thread_and_on_eight()
    {
        AssertSameOutput(Path.Combine(FixturePaths.RepositoryRoot, "examples", "news"));
    }

    [Fact]
    public void Templates_see_other_documents_in_Jekylls_render_order_on_any_thread_count()
    {
        // Every post's layout lists every post's content and output: earlier ones rendered, later ones not.
        AssertSameOutput(FixturePaths.Source("render-order"));
    }

    private void AssertSameOutput(string source)
    {
        var fixedNow = new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
        var one = Path.Combine(_root, "one");
        var eight = Path.Combine(_root, "eight");
        SiteBuilder.Build(new BuildOptions { Source = source, Destination = one, Now = fixedNow, Parallelism = 1 });
        var result = SiteBuilder.Build(new BuildOptions { Source = source, Destination = eight, Now = fixedNow, Parallelism = 8 });

        var first = ReadTree(one);
        var second = ReadTree(eight);
        Assert.True(result.DocumentsWritten >= 5);
        Assert.Equal(first.Keys.Order(StringComparer.Ordinal), second.Keys.Order(StringComparer.Ordinal));
        Assert.All(first, file => Assert.True(file.Value.AsSpan().SequenceEqual(second[file.Key]), $"{file.Key} differs"));
    }

    private static Dictionary<string, byte[]> ReadTree(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(path => Path.GetRelativePath(root, path), File.ReadAllBytes, StringComparer.Ordinal);
}
