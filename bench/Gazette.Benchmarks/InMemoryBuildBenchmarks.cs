using BenchmarkDotNet.Attributes;
using Gazette.Pipeline;
using Gazette.SiteGenerator;

namespace Gazette.Benchmarks;

/// <summary>
/// A whole build of a generated Jekyll news site (1,000 posts, the site-level benchmark's smallest size) through the
/// public <see cref="SiteBuilder.Build"/>: read, render and write, in-process, so start-up and JIT of a cold
/// <c>gazette build</c> are not included. Gazette has no in-memory output, so the site and its output live in a
/// scratch directory on <c>/dev/shm</c> (RAM; the temp folder where there is none).
/// </summary>
[MemoryDiagnoser]
[MaxIterationCount(20)] // a build takes seconds: keeps the default job to minutes (an explicit --job short still runs 3)
public class InMemoryBuildBenchmarks
{
    private static readonly DateTimeOffset Now = new(2026, 1, 7, 0, 0, 0, TimeSpan.Zero);
    private ScratchDirectory? _scratch;
    private BuildOptions _options = new();

    /// <summary>Posts in the generated site.</summary>
    [Params(1000)]
    public int Posts { get; set; }

    /// <summary>Generates the site once; every iteration builds it again into the same destination.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _scratch = ScratchDirectory.Create("build");
        string source = _scratch.Combine("site");
        new SiteGenerator.SiteGenerator(new GeneratorOptions(Posts, source, SiteFlavor.Jekyll)).Generate();
        _options = new BuildOptions { Source = source, Destination = _scratch.Combine("_site"), Now = Now };
    }

    /// <summary>Removes the site and its output.</summary>
    [GlobalCleanup]
    public void Cleanup() => _scratch?.Dispose();

    /// <summary>One build; returns the number of documents written.</summary>
    [Benchmark]
    public int Build() => SiteBuilder.Build(_options).DocumentsWritten;
}
