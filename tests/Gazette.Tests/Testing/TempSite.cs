namespace Gazette.Tests.Testing;

/// <summary>A site written to a temporary folder from (path, text) pairs, deleted on dispose.</summary>
internal sealed class TempSite : IDisposable
{
    public TempSite(params (string Path, string Text)[] files)
    {
        Root = Path.Combine(Path.GetTempPath(), "gazette-site-" + Guid.NewGuid().ToString("N")[..10]);
        Source = Path.Combine(Root, "src");
        Destination = Path.Combine(Root, "_site");
        Directory.CreateDirectory(Source);
        foreach (var (path, text) in files)
        {
            Write(path, text);
        }
    }

    public string Root { get; }

    public string Source { get; }

    public string Destination { get; }

    public void Write(string path, string text)
    {
        var full = Path.Combine(Source, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    public string ReadOutput(string path) => File.ReadAllText(Path.Combine(Destination, path));

    /// <summary>Every output file with its text, to check that a failed build changed nothing.</summary>
    public Dictionary<string, string> Snapshot() => Directory.Exists(Destination)
        ? Directory.EnumerateFiles(Destination, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(Destination, f), File.ReadAllText)
        : [];

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
