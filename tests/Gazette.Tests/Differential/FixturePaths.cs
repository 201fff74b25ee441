namespace Gazette.Tests.Differential;

/// <summary>
/// Finds the differential fixture sites (Jekyll source plus Jekyll's own output) in the source tree.
/// </summary>
/// <remarks>
/// The fixtures are read where they live in the repository instead of being copied to the test
/// output folder: copying hundreds of data files on every build is slow, and a copy could go stale
/// after <c>regenerate.sh</c> runs. The folder is found by walking up from the test binary.
/// </remarks>
internal static class FixturePaths
{
    private static readonly string[] SitesRelativePath = ["tests", "Gazette.Tests", "Fixtures", "Sites"];

    private static readonly Lazy<string> SitesRoot = new(FindSitesDirectory);

    /// <summary>Absolute path of <c>tests/Gazette.Tests/Fixtures/Sites</c>.</summary>
    public static string SitesDirectory => SitesRoot.Value;

    /// <summary>The repository's root folder (four levels above the fixture sites).</summary>
    public static string RepositoryRoot => Path.GetFullPath(Path.Combine(SitesDirectory, "..", "..", "..", ".."));

    /// <summary>Names of all fixture sites (folder names), in ordinal order.</summary>
    public static IReadOnlyList<string> Names =>
        Directory.GetDirectories(SitesDirectory)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal)
            .ToArray();

    /// <summary>The Jekyll source folder of a fixture site.</summary>
    public static string Source(string name) => Path.Combine(SitesDirectory, name, "source");

    /// <summary>The folder holding what Jekyll built from <see cref="Source"/>.</summary>
    public static string Expected(string name) => Path.Combine(SitesDirectory, name, "expected");

    /// <summary>
    /// Extra <c>jekyll build</c> flags the site was built with (for example <c>--drafts --future</c>),
    /// read from the optional one-line <c>build-args</c> file; empty when there is none.
    /// </summary>
    public static IReadOnlyList<string> BuildArguments(string name)
    {
        var file = Path.Combine(SitesDirectory, name, "build-args");
        if (!File.Exists(file))
        {
            return [];
        }

        var firstLine = File.ReadLines(file).FirstOrDefault() ?? string.Empty;
        return firstLine.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    private static string FindSitesDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine([dir.FullName, .. SitesRelativePath]);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException(
            $"Could not find {string.Join('/', SitesRelativePath)} above {AppContext.BaseDirectory}. " +
            "The differential tests read their fixtures from the source tree, so run them from a checkout.");
    }
}
