namespace Gazette.Model;

/// <summary>A file copied to the output as it is (no front matter), possibly part of a collection.</summary>
/// <param name="RelativePath">Path relative to the source, with <c>/</c> separators.</param>
/// <param name="SourcePath">Absolute path of the file.</param>
/// <param name="Url">Where it is served.</param>
/// <param name="DestinationPath">Where it is written, relative to the destination.</param>
/// <param name="ModifiedTime">The file's modification time.</param>
/// <param name="Collection">The collection label, or null.</param>
/// <param name="IsWritten">Whether it is copied (false for a collection without output).</param>
internal sealed record StaticFile(
    string RelativePath,
    string SourcePath,
    string Url,
    string DestinationPath,
    DateTimeOffset ModifiedTime,
    string? Collection,
    bool IsWritten)
{
    public string Name => RelativePath[(RelativePath.LastIndexOf('/') + 1)..];

    /// <summary>Ruby's <c>File.extname</c>: a leading dot does not start an extension (<c>.htaccess</c> has none).</summary>
    public string Extension => Name.LastIndexOf('.') <= 0 ? "" : Path.GetExtension(Name);

    public string Basename => Name[..^Extension.Length];
}
