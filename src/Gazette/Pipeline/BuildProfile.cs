using System.Collections.Concurrent;
using System.Diagnostics;

namespace Gazette.Pipeline;

/// <summary>
/// Where a build spent its time (<c>gazette build --profile</c>): wall time per pipeline stage, and per template
/// the number of renders, bytes produced and time spent, like <c>jekyll build --profile</c>'s Liquid table.
/// Template times are summed over threads, so they can add up to more than the render stage's wall time.
/// </summary>
public sealed class BuildProfile
{
    private readonly List<StageTiming> _stages = [];
    private readonly ConcurrentDictionary<string, TemplateStats> _templates = new(StringComparer.Ordinal);

    /// <summary>The stages in the order they ran.</summary>
    public IReadOnlyList<StageTiming> Stages => _stages;

    /// <summary>Templates by total render time, slowest first.</summary>
    public IReadOnlyList<TemplateTiming> Templates =>
        [.. _templates.Select(t => new TemplateTiming(t.Key, t.Value.Count, t.Value.Bytes, TimeSpan.FromTicks(t.Value.Ticks)))
            .OrderByDescending(t => t.Time).ThenBy(t => t.File, StringComparer.Ordinal)];

    /// <summary>Times the work from here until the returned scope is disposed as the stage <paramref name="name"/>.</summary>
    internal StageScope Stage(string name) => new(this, name, StageStart.Now());

    internal void RecordTemplate(string file, long startTimestamp, int bytes)
    {
        var elapsed = Stopwatch.GetElapsedTime(startTimestamp).Ticks;
        var stats = _templates.GetOrAdd(file, _ => new TemplateStats());
        Interlocked.Increment(ref stats.Count);
        Interlocked.Add(ref stats.Bytes, bytes);
        Interlocked.Add(ref stats.Ticks, elapsed);
    }

    private void EndStage(string name, StageStart start)
    {
        var timing = new StageTiming(name, Stopwatch.GetElapsedTime(start.Timestamp))
        {
            // Allocation and collection counts are process-wide: on a build's threads, that is the stage's.
            AllocatedBytes = GC.GetTotalAllocatedBytes() - start.AllocatedBytes,
            Gen0Collections = GC.CollectionCount(0) - start.Gen0,
            Gen1Collections = GC.CollectionCount(1) - start.Gen1,
            Gen2Collections = GC.CollectionCount(2) - start.Gen2,
        };
        lock (_stages)
        {
            _stages.Add(timing);
        }
    }

    /// <summary>Ends a stage when disposed.</summary>
    internal readonly struct StageScope(BuildProfile profile, string name, StageStart start) : IDisposable
    {
        public void Dispose() => profile.EndStage(name, start);
    }

    internal readonly record struct StageStart(long Timestamp, long AllocatedBytes, int Gen0, int Gen1, int Gen2)
    {
        public static StageStart Now() => new(Stopwatch.GetTimestamp(), GC.GetTotalAllocatedBytes(),
            GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
    }

    private sealed class TemplateStats
    {
        public long Count;
        public long Bytes;
        public long Ticks;
    }
}

/// <summary>Wall time and memory traffic of one pipeline stage.</summary>
/// <param name="Name">The stage (read, render, write …).</param>
/// <param name="Time">Its wall time.</param>
public sealed record StageTiming(string Name, TimeSpan Time)
{
    /// <summary>Bytes allocated on the managed heap during the stage.</summary>
    public long AllocatedBytes { get; init; }

    /// <summary>Garbage collections during the stage, by generation (a gen 1 collection also counts as gen 0).</summary>
    public int Gen0Collections { get; init; }

    /// <inheritdoc cref="Gen0Collections"/>
    public int Gen1Collections { get; init; }

    /// <inheritdoc cref="Gen0Collections"/>
    public int Gen2Collections { get; init; }
}

/// <summary>Render statistics of one template file.</summary>
/// <param name="File">The template's path relative to the site.</param>
/// <param name="Count">How many times it was rendered.</param>
/// <param name="Bytes">Bytes of output it produced in all.</param>
/// <param name="Time">Time spent rendering it, summed over threads.</param>
public sealed record TemplateTiming(string File, long Count, long Bytes, TimeSpan Time);
