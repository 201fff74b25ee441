using System.Buffers;
using System.Collections.Concurrent;
using System.Text;

namespace Gazette.Output;

/// <summary>
/// Writes the new site into a staging folder beside the destination and swaps it in only when the whole build
/// succeeded, so a failed build leaves the previous output exactly as it was. Files matched by
/// <c>keep_files</c> move over from the old output (Jekyll: <c>Cleaner#keep_file?</c>); anything else the build did
/// not produce disappears with the old folder.
/// </summary>
internal sealed class StagedOutput : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly string _destination;
    private readonly string _staging;
    private readonly ConcurrentDictionary<string, bool> _createdDirectories = new(StringComparer.Ordinal);
    private bool _committed;
    private const int FolderThreads = 4;
    private Thread[] _preparing = [];
    private bool _stopPreparing;

    public StagedOutput(string destination)
    {
        _destination = Path.TrimEndingDirectorySeparator(destination);
        var parent = Path.GetDirectoryName(_destination) ?? ".";
        Directory.CreateDirectory(parent);
        _staging = Path.Combine(parent, "." + Path.GetFileName(_destination) + ".gazette-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(_staging);
    }

    private int _filesWritten;

    public int FilesWritten => _filesWritten;

    /// <summary>Writes a rendered file; <paramref name="relativePath"/> uses <c>/</c> and stays inside the output.</summary>
    public void Write(string relativePath, string content)
    {
        var path = Resolve(relativePath);
        EnsureDirectory(Path.GetDirectoryName(path)!);
        // One pooled buffer and one write call per file: File.WriteAllText encodes through a 4 KB stream buffer.
        var buffer = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(content.Length));
        try
        {
            var length = Utf8.GetBytes(content, buffer);
            using var handle = CreateFile(path);
            RandomAccess.Write(handle, buffer.AsSpan(0, length), 0);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        Interlocked.Increment(ref _filesWritten);
    }

    // The staging folder starts empty, so a file is almost always new: FileMode.Create would truncate it with
    // ftruncate(0), and ext4 (auto_da_alloc) answers a truncate to zero by flushing the file to disk when it is
    // closed — measured on the 4,000-post site, writeback in the build's own threads. Creating it exclusively
    // skips the truncate; a path written twice (Jekyll: the last write wins) falls back to truncating.
    private static Microsoft.Win32.SafeHandles.SafeFileHandle CreateFile(string path)
    {
        try
        {
            return File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write);
        }
        catch (IOException) when (File.Exists(path))
        {
            return File.OpenHandle(path, FileMode.Create, FileAccess.Write);
        }
    }

    /// <summary>Reads back a file written by <see cref="Write"/> during this build.</summary>
    public string ReadBack(string relativePath) => File.ReadAllText(Resolve(relativePath), Utf8);

    // Many outputs share a folder (a day's posts, a category); asking the file system once per folder is enough.
    private void EnsureDirectory(string directory)
    {
        if (_createdDirectories.ContainsKey(directory))
        {
            return;
        }
        // Parents first, from the cache: Directory.CreateDirectory on a missing chain tries the deepest folder,
        // fails, and walks up, one failed mkdir per missing level.
        var parent = Path.GetDirectoryName(directory);
        if (parent is not null && parent.Length > _staging.Length)
        {
            EnsureDirectory(parent);
        }
        Directory.CreateDirectory(directory);
        _createdDirectories.TryAdd(directory, true);
    }

    /// <summary>
    /// Creates the folders of files about to be written, in the order given, on threads of their own while the
    /// renderers work. With the page cache cold, creating a folder waits for ext4 to read block and inode bitmaps
    /// and inode tables from disk (off-CPU profile of the 4,000-post site: nearly every wait of the build was a
    /// mkdir); done by the render threads, those waits leave the cores idle. Several threads keep several reads in
    /// flight: measured on that site, interleaved cold builds, medians of 11: 0.80 s with none, 0.80 s with one,
    /// 0.73 s with four.
    /// </summary>
    public void PrepareFolders(IReadOnlyList<string> relativePaths)
    {
        var next = -1;
        _preparing = [.. Enumerable.Range(0, Math.Min(FolderThreads, relativePaths.Count)).Select(_ => new Thread(() =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < relativePaths.Count && !Volatile.Read(ref _stopPreparing))
            {
                try
                {
                    EnsureDirectory(Path.GetDirectoryName(Resolve(relativePaths[i]))!);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
                {
                    // Only a head start: the write of that file meets the same problem and reports it.
                }
            }
        })
        { IsBackground = true, Name = "gazette folders" })];
        foreach (var thread in _preparing)
        {
            thread.Start();
        }
    }

    /// <summary>Waits for <see cref="PrepareFolders"/>' threads, telling them first to stop when the render failed.</summary>
    public void FinishPreparing(bool stop)
    {
        if (stop)
        {
            Volatile.Write(ref _stopPreparing, true);
        }
        foreach (var thread in _preparing)
        {
            thread.Join();
        }
        _preparing = [];
    }

    /// <summary>Copies a static file as it is.</summary>
    public void Copy(string sourcePath, string relativePath)
    {
        var path = Resolve(relativePath);
        EnsureDirectory(Path.GetDirectoryName(path)!);
        File.Copy(sourcePath, path, overwrite: true);
        File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(sourcePath));
        Interlocked.Increment(ref _filesWritten);
    }

    /// <summary>Replaces the destination with the staged output.</summary>
    public void Commit(IReadOnlyList<string> keepFiles)
    {
        var old = _destination + ".gazette-old-" + Guid.NewGuid().ToString("N")[..8];
        if (Directory.Exists(_destination))
        {
            KeepFiles(keepFiles);
            Directory.Move(_destination, old);
        }
        Directory.Move(_staging, _destination);
        _committed = true;
        if (Directory.Exists(old))
        {
            Directory.Delete(old, recursive: true);
        }
    }

    private void KeepFiles(IReadOnlyList<string> keepFiles)
    {
        if (keepFiles.Count == 0)
        {
            return;
        }
        foreach (var entry in Directory.EnumerateFileSystemEntries(_destination, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(_destination, entry).Replace('\\', '/');
            if (!keepFiles.Any(k => relative.StartsWith(k.TrimStart('/'), StringComparison.Ordinal)) || Directory.Exists(entry))
            {
                continue;
            }
            var target = Path.Combine(_staging, relative);
            if (!File.Exists(target))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(entry, target);
            }
        }
    }

    private string Resolve(string relativePath)
    {
        var path = Path.GetFullPath(Path.Combine(_staging, relativePath));
        if (!path.StartsWith(_staging + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"refusing to write outside the output folder: {relativePath}");
        }
        return path;
    }

    public void Dispose()
    {
        FinishPreparing(stop: true);
        if (!_committed && Directory.Exists(_staging))
        {
            Directory.Delete(_staging, recursive: true);
        }
    }
}
