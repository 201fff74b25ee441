using System.Text;

namespace Gazette.SiteGenerator;

/// <summary>Writes the files of one generated site: UTF-8 without a byte order mark, paths relative to the site root.</summary>
internal sealed class SiteFiles
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);
    private readonly HashSet<string> _directories = new(StringComparer.Ordinal);

    /// <summary>Creates a writer rooted at <paramref name="root"/>, which must exist.</summary>
    public SiteFiles(string root) => Root = root;

    /// <summary>The site root directory.</summary>
    public string Root { get; }

    /// <summary>How many files have been written.</summary>
    public int Count { get; private set; }

    /// <summary>Writes <paramref name="text"/> to <paramref name="relativePath"/> (forward slashes), creating directories.</summary>
    public void Write(string relativePath, string text)
    {
        string path = Path.Combine(Root, relativePath);
        string? directory = Path.GetDirectoryName(path);
        if (directory is not null && _directories.Add(directory))
        {
            Directory.CreateDirectory(directory);
        }

        File.WriteAllText(path, text, Utf8NoBom);
        Count++;
    }

    /// <summary>Copies the embedded theme files under <paramref name="resourcePrefix"/> to <paramref name="targetPrefix"/> in the site.</summary>
    public void CopyTheme(string resourcePrefix, string targetPrefix = "")
    {
        foreach (var (path, text) in ThemeResources.Under(resourcePrefix))
        {
            Write(targetPrefix + path, text);
        }
    }
}
