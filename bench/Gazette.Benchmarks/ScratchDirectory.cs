namespace Gazette.Benchmarks;

/// <summary>
/// A directory for a benchmark's generated site and output, on <c>/dev/shm</c> (RAM) when it exists so that disk
/// speed does not enter the numbers, else under the system temp folder. Deleted on dispose.
/// </summary>
internal sealed class ScratchDirectory : IDisposable
{
    private const string SharedMemory = "/dev/shm";

    private ScratchDirectory(string path) => Path = path;

    /// <summary>The directory's absolute path.</summary>
    public string Path { get; }

    /// <summary>Creates a fresh, empty directory whose name starts with <paramref name="name"/>.</summary>
    public static ScratchDirectory Create(string name)
    {
        string parent = Directory.Exists(SharedMemory) ? SharedMemory : System.IO.Path.GetTempPath();
        string path = System.IO.Path.Combine(parent, $"gazette-bench-{name}-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return new ScratchDirectory(path);
    }

    /// <summary>The path of <paramref name="relative"/> inside this directory.</summary>
    public string Combine(string relative) => System.IO.Path.Combine(Path, relative);

    /// <inheritdoc/>
    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
