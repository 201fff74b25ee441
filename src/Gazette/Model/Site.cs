using Gazette.Configuration;

namespace Gazette.Model;

/// <summary>Everything read from the source, assembled: the input of rendering.</summary>
internal sealed class Site
{
    private readonly Lazy<Dictionary<string, string>> _urlsBySourcePath;

    public Site(SiteConfig config, DateTimeOffset time)
    {
        Config = config;
        Time = time;
        _urlsBySourcePath = new Lazy<Dictionary<string, string>>(IndexUrls, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public SiteConfig Config { get; }

    /// <summary>The build's time (<c>site.time</c>), in the site's zone.</summary>
    public DateTimeOffset Time { get; }

    public Dictionary<string, Layout> Layouts { get; } = new(StringComparer.Ordinal);

    /// <summary>Pages, sorted by file name as Jekyll sorts them.</summary>
    public List<Document> Pages { get; } = [];

    /// <summary>Documents by collection label (posts included), each list in the collection's order.</summary>
    public Dictionary<string, List<Document>> Collections { get; } = new(StringComparer.Ordinal);

    public List<StaticFile> StaticFiles { get; } = [];

    public Dictionary<string, object?> Data { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Posts, oldest first (Jekyll's <c>site.posts.docs</c> order).</summary>
    public List<Document> Posts => Collections.TryGetValue("posts", out var posts) ? posts : [];

    /// <summary>Every document of every collection, then every page.</summary>
    public IEnumerable<Document> AllDocuments => Collections.Values.SelectMany(d => d).Concat(Pages);

    /// <summary>The URL of the document or static file at a source path (for <c>{% link %}</c>), built once after assembly.</summary>
    public string? UrlOf(string relativePath) => _urlsBySourcePath.Value.GetValueOrDefault(relativePath);

    private Dictionary<string, string> IndexUrls()
    {
        var index = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var doc in AllDocuments)
        {
            index.TryAdd(doc.RelativePath, doc.Url);
        }
        foreach (var file in StaticFiles)
        {
            index.TryAdd(file.RelativePath, file.Url);
        }
        return index;
    }
}
