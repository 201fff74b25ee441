namespace Gazette.Tests.Highlighting;

/// <summary>Finds the highlighting fixtures, whose expected HTML real Rouge produced (see regenerate.sh there).</summary>
internal static class HighlightFixtures
{
    public static string Directory { get; } = Locate();

    /// <summary>Each fixture source as (Rouge language name, file name).</summary>
    public static IEnumerable<(string Language, string File)> Sources() =>
        System.IO.Directory.EnumerateFiles(Directory)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(f => !f.EndsWith(".expected.html", StringComparison.Ordinal) && f != "regenerate.sh")
            .Order(StringComparer.Ordinal)
            .Select(f => (f[..f.IndexOf('.', StringComparison.Ordinal)], f));

    public static string Read(string file) => File.ReadAllText(Path.Combine(Directory, file));

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Gazette.Tests", "Fixtures", "Highlighting");
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/Gazette.Tests/Fixtures/Highlighting was not found above " + AppContext.BaseDirectory);
    }
}
