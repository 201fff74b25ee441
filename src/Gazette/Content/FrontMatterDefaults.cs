using Gazette.Configuration;

namespace Gazette.Content;

/// <summary>
/// The <c>defaults:</c> of the site configuration. Jekyll: <c>FrontMatterDefaults#all</c>
/// (lib/jekyll/frontmatter_defaults.rb) — every set whose scope matches the file's path and type is merged,
/// a more specific scope (longer path, then one with a type) winning over a less specific one.
/// </summary>
internal sealed class FrontMatterDefaults
{
    private readonly List<DefaultSet> _sets = [];

    public FrontMatterDefaults(SiteConfig config)
    {
        if (config.Raw.GetValueOrDefault("defaults") is not List<object?> sets)
        {
            return;
        }
        foreach (var entry in sets)
        {
            if (entry is Dictionary<string, object?> set && set.GetValueOrDefault("values") is Dictionary<string, object?> values)
            {
                var scope = set.GetValueOrDefault("scope") as Dictionary<string, object?>;
                var path = Sanitize(scope?.GetValueOrDefault("path") as string);
                var type = DeprecatedType(scope?.GetValueOrDefault("type")?.ToString());
                _sets.Add(new DefaultSet(StripCollectionsDir(path, config.CollectionsDir), type, values,
                    path.Contains('*', StringComparison.Ordinal) ? new GlobPattern(path) : null));
            }
        }
    }

    public bool IsEmpty => _sets.Count == 0;

    /// <summary>The merged default values for a file.</summary>
    /// <param name="relativePath">The file's path relative to the source.</param>
    /// <param name="type">Jekyll's type: <c>pages</c>, <c>posts</c>, <c>drafts</c> or a collection label.</param>
    public Dictionary<string, object?> For(string relativePath, string type)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        DefaultSet? previous = null;
        foreach (var set in _sets)
        {
            if (!Applies(set, relativePath, type))
            {
                continue;
            }
            if (HasPrecedence(previous, set))
            {
                result = DeepMerge.Merge(result, set.Values);
                previous = set;
            }
            else
            {
                result = DeepMerge.Merge(set.Values, result);
            }
        }
        return result;
    }

    private static bool Applies(DefaultSet set, string path, string type)
    {
        if (set.Type is not null && set.Type != type)
        {
            return false;
        }
        if (set.Path.Length == 0)
        {
            return true;
        }
        if (set.Glob is null)
        {
            return path.StartsWith(set.Path, StringComparison.Ordinal);
        }
        // Jekyll globs the scope against the file system and checks whether the file lies inside a match,
        // so a match of the file itself or of any folder above it applies.
        for (var end = path.Length; end > 0; end = path.LastIndexOf('/', end - 1))
        {
            if (set.Glob.IsMatch(path[..end]))
            {
                return true;
            }
        }
        return false;
    }

    private static bool HasPrecedence(DefaultSet? old, DefaultSet next)
    {
        if (old is null)
        {
            return true;
        }
        if (next.Path.Length != old.Path.Length)
        {
            return next.Path.Length >= old.Path.Length;
        }
        return next.Type is not null || old.Type is null;
    }

    private static string Sanitize(string? path) => string.IsNullOrEmpty(path) ? "" : path.TrimStart('/');

    // Jekyll: update_deprecated_types maps the singular names of Jekyll 2 to the plural ones.
    private static string? DeprecatedType(string? type) => type switch
    {
        "page" => "pages",
        "post" => "posts",
        "draft" => "drafts",
        _ => type,
    };

    private static string StripCollectionsDir(string path, string collectionsDir) =>
        collectionsDir.Length > 0 && path.StartsWith(collectionsDir + "/", StringComparison.Ordinal)
            ? path[(collectionsDir.Length + 1)..]
            : path;

    private sealed record DefaultSet(string Path, string? Type, Dictionary<string, object?> Values, GlobPattern? Glob);
}
