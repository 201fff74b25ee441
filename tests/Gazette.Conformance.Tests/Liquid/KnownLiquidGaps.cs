namespace Gazette.Conformance.Tests.Liquid;

/// <summary>
/// The ledger of Liquid cases Gazette does not pass yet, grouped by reason. It lives in
/// <c>KnownLiquidGaps.txt</c> next to this file: a line <c>[key] reason</c> opens a group, and each following
/// line <c>golden-liquid | id</c>, <c>liquid-spec | id</c> or <c>liquid5-tags | id</c> lists a case; <c>#</c> starts a comment line.
/// docs/compat-liquid.md mirrors the groups.
/// </summary>
internal static class KnownLiquidGaps
{
    private static readonly Lazy<Dictionary<(string Suite, string Id), LiquidGap>> Entries = new(Load);

    public static LiquidGap? Find(string suite, string id) => Entries.Value.GetValueOrDefault((suite, id));

    /// <summary>Every group with its number of cases in <paramref name="suite"/>, in ledger order.</summary>
    public static IEnumerable<(LiquidGap Gap, int Count)> Groups(string suite) => Entries.Value
        .GroupBy(e => e.Value.Key, StringComparer.Ordinal)
        .Select(g => (g.First().Value, g.Count(e => e.Key.Suite == suite)));

    public static string LedgerPath { get; } = RepositoryFile(Path.Combine("tests", "Gazette.Conformance.Tests", "Liquid", "KnownLiquidGaps.txt"));

    private static Dictionary<(string, string), LiquidGap> Load()
    {
        var entries = new Dictionary<(string, string), LiquidGap>();
        LiquidGap? group = null;
        var lineNumber = 0;
        foreach (var line in File.ReadLines(LedgerPath))
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            if (line.StartsWith('['))
            {
                var close = line.IndexOf(']', StringComparison.Ordinal);
                group = new LiquidGap(line[1..close], line[(close + 1)..].Trim());
                continue;
            }
            var bar = line.IndexOf(" | ", StringComparison.Ordinal);
            if (group is null || bar < 0 || !entries.TryAdd((line[..bar], line[(bar + 3)..]), group))
            {
                throw new InvalidDataException($"{LedgerPath}:{lineNumber}: expected a unique 'suite | id' line inside a [group]");
            }
        }
        return entries;
    }

    /// <summary>A file of this repository, found above the test binaries.</summary>
    public static string RepositoryFile(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException(relative + " was not found above " + AppContext.BaseDirectory);
    }
}
