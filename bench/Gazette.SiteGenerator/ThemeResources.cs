using System.Reflection;

namespace Gazette.SiteGenerator;

/// <summary>
/// The theme files embedded from <c>Templates/</c>: layouts, includes, pages and configuration that do not depend
/// on the posts. Each is named by its path under <c>Templates/</c>, with <c>/</c> separators.
/// </summary>
internal static class ThemeResources
{
    private static readonly Assembly Assembly = typeof(ThemeResources).Assembly;

    /// <summary>The files under <paramref name="prefix"/> (e.g. <c>jekyll/</c>) as (path below the prefix, text), in ordinal path order.</summary>
    public static IEnumerable<(string Path, string Text)> Under(string prefix)
    {
        var names = Assembly.GetManifestResourceNames()
            .Select(name => (Resource: name, Path: name.Replace('\\', '/')))
            .Where(entry => entry.Path.StartsWith(prefix, StringComparison.Ordinal))
            .OrderBy(entry => entry.Path, StringComparer.Ordinal);
        foreach (var (resource, path) in names)
        {
            using Stream stream = Assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"Embedded resource {resource} is missing.");
            using var reader = new StreamReader(stream);

            // Templates are stored with LF endings; normalise anyway so a CRLF checkout cannot change the output bytes.
            yield return (path[prefix.Length..], reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal));
        }
    }
}
