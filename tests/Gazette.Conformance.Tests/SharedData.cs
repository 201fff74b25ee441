namespace Gazette.Conformance.Tests;

/// <summary>Finds <c>../shared/conformance</c> next to the repository, where CI and developers keep it.</summary>
internal static class SharedData
{
    public static string ConformanceRoot { get; } = Locate();

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "conformance");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException("../shared/conformance was not found above " + AppContext.BaseDirectory);
    }
}
