namespace Gazette.Tests.Differential;

/// <summary>
/// Two temporary site folders (expected and actual) for comparer tests, deleted on dispose.
/// </summary>
internal sealed class TempSitePair : IDisposable
{
    private readonly string _root;

    public TempSitePair()
    {
        _root = Path.Combine(Path.GetTempPath(), "gazette-comparer-" + Guid.NewGuid().ToString("N"));
        Expected = Path.Combine(_root, "expected");
        Actual = Path.Combine(_root, "actual");
        Directory.CreateDirectory(Expected);
        Directory.CreateDirectory(Actual);
    }

    /// <summary>The expected site folder.</summary>
    public string Expected { get; }

    /// <summary>The actual site folder.</summary>
    public string Actual { get; }

    /// <summary>Writes the same text file into both folders.</summary>
    public TempSitePair Both(string path, string content)
    {
        Write(Expected, path, content);
        Write(Actual, path, content);
        return this;
    }

    /// <summary>Writes a text file into the expected folder only.</summary>
    public TempSitePair ExpectedFile(string path, string content)
    {
        Write(Expected, path, content);
        return this;
    }

    /// <summary>Writes a text file into the actual folder only.</summary>
    public TempSitePair ActualFile(string path, string content)
    {
        Write(Actual, path, content);
        return this;
    }

    /// <summary>Writes a binary file into one folder.</summary>
    public static void WriteBytes(string folder, string path, byte[] content)
    {
        var full = Path.Combine(folder, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
    }

    /// <summary>Compares the two folders.</summary>
    public IReadOnlyList<string> Compare() => SiteComparer.Compare(Expected, Actual);

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static void Write(string folder, string path, string content)
    {
        var full = Path.Combine(folder, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
    }
}
