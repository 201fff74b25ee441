using System.Runtime.ExceptionServices;

namespace Gazette.Concurrency;

/// <summary>
/// Runs one function over a list on all cores and keeps the results in input order, so output never depends on
/// thread timing. When items fail, the failure of the earliest item is rethrown, so the error a user sees for a
/// broken site is the same on every run and every machine.
/// </summary>
internal static class OrderedParallel
{
    public static TResult[] Map<TSource, TResult>(IReadOnlyList<TSource> items, Func<TSource, TResult> map)
    {
        var results = new TResult[items.Count];
        var failures = new Exception?[items.Count];
        var firstFailure = int.MaxValue;
        Parallel.For(0, items.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            // Items after a failure no longer matter; every item before it still runs, so the failure reported is
            // the earliest one whatever the timing.
            if (i > Volatile.Read(ref firstFailure))
            {
                return;
            }
            try
            {
                results[i] = map(items[i]);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                failures[i] = e;
                LowerTo(ref firstFailure, i);
            }
        });
        if (firstFailure != int.MaxValue)
        {
            ExceptionDispatchInfo.Throw(failures[firstFailure]!);
        }
        return results;
    }

    private static void LowerTo(ref int target, int value)
    {
        var seen = Volatile.Read(ref target);
        while (value < seen)
        {
            var previous = Interlocked.CompareExchange(ref target, value, seen);
            if (previous == seen)
            {
                return;
            }
            seen = previous;
        }
    }

    /// <summary>Runs <paramref name="action"/> on every item; failures as in <see cref="Map"/>.</summary>
    public static void ForEach<TSource>(IReadOnlyList<TSource> items, Action<TSource> action) =>
        Map(items, item =>
        {
            action(item);
            return true;
        });
}
