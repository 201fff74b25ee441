using Gazette.Configuration;

namespace Gazette.Model;

/// <summary>Everything read from the source, assembled: the input of rendering.</summary>
internal sealed class Site
{
    public Site(SiteConfig config, DateTimeOffset time)
    {
        Config = config;
        Time = time;
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
}
