using System.Text.RegularExpressions;
using Gazette.Yaml;

namespace Gazette.Content;

/// <summary>
/// Reads <c>_data</c> into <c>site.data</c>. Jekyll: <c>DataReader</c> (lib/jekyll/readers/data_reader.rb) —
/// YAML, JSON, CSV and TSV files keyed by their sanitized base name, sub-folders as nested mappings.
/// </summary>
internal static partial class DataReader
{
    // Jekyll: DataReader#sanitize_filename.
    [GeneratedRegex(@"[^\w\s-]+|(?<=^|\b\s)\s+(?=$|\s?\b)")]
    private static partial Regex UnsafeCharacters();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    public static Dictionary<string, object?> Read(string source, string dataDir)
    {
        var root = Path.Combine(source, dataDir);
        return Directory.Exists(root) ? ReadFolder(source, root) : new Dictionary<string, object?>(StringComparer.Ordinal);
    }

    private static Dictionary<string, object?> ReadFolder(string source, string folder)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(source, entry).Replace('\\', '/');
            var isDirectory = Directory.Exists(entry);
            var name = Path.GetFileName(entry);
            // Jekyll: DataReader lists entries with Dir["*"], which skips only dot files.
            if (name.StartsWith('.'))
            {
                continue;
            }
            var key = Sanitize(isDirectory ? name : Path.GetFileNameWithoutExtension(name));
            if (isDirectory)
            {
                result[key] = ReadFolder(source, entry);
                continue;
            }
            var value = ReadFile(entry, relative);
            if (value is not Skipped)
            {
                result[key] = value;
            }
        }
        return result;
    }

    private static object? ReadFile(string path, string relative)
    {
        switch (Path.GetExtension(path).ToLowerInvariant())
        {
            case ".yml" or ".yaml":
                return YamlLoader.Load(File.ReadAllText(path), relative);
            case ".json":
                return JsonData.Parse(File.ReadAllText(path), relative);
            case ".csv":
                return DelimitedData.Parse(File.ReadAllText(path), ',');
            case ".tsv":
                return DelimitedData.Parse(File.ReadAllText(path), '\t');
            default:
                return Skipped.Instance;
        }
    }

    private static string Sanitize(string name) => Spaces().Replace(UnsafeCharacters().Replace(name, ""), "_");

    private sealed class Skipped
    {
        public static readonly Skipped Instance = new();
    }
}
