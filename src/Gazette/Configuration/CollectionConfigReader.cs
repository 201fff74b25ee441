namespace Gazette.Configuration;

/// <summary>
/// Reads <c>collections:</c> (a list of names or a mapping). Jekyll: <c>Configuration#add_default_collections</c> —
/// <c>posts</c> always exists, always has output, and takes its permalink from the site's <c>permalink</c> style.
/// </summary>
internal static class CollectionConfigReader
{
    // Jekyll: STYLE_TO_PERMALINK in lib/jekyll/configuration.rb.
    private static readonly Dictionary<string, string> StyleToPermalink = new(StringComparer.Ordinal)
    {
        ["none"] = "/:categories/:title:output_ext",
        ["date"] = "/:categories/:year/:month/:day/:title:output_ext",
        ["ordinal"] = "/:categories/:year/:y_day/:title:output_ext",
        ["pretty"] = "/:categories/:year/:month/:day/:title/",
        ["weekdate"] = "/:categories/:year/W:week/:short_day/:title:output_ext",
    };

    public static string PostPermalink(string style) => StyleToPermalink.GetValueOrDefault(style, style);

    public static IReadOnlyList<CollectionConfig> Read(SiteConfig config)
    {
        var entries = new List<(string Label, Dictionary<string, object?> Meta)>();
        switch (config.Raw.GetValueOrDefault("collections"))
        {
            case List<object?> names:
                entries.AddRange(names.Where(n => n is not null)
                    .Select(n => (n!.ToString()!, new Dictionary<string, object?>(StringComparer.Ordinal))));
                break;
            case Dictionary<string, object?> map:
                entries.AddRange(map.Select(kv => (kv.Key,
                    kv.Value as Dictionary<string, object?> ?? new Dictionary<string, object?>(StringComparer.Ordinal))));
                break;
        }
        var postsIndex = entries.FindIndex(e => e.Label == "posts");
        var posts = postsIndex >= 0 ? new Dictionary<string, object?>(entries[postsIndex].Meta, StringComparer.Ordinal)
            : new Dictionary<string, object?>(StringComparer.Ordinal);
        posts["output"] = true;
        posts.TryAdd("permalink", PostPermalink(config.PermalinkStyle));
        if (postsIndex >= 0)
        {
            entries[postsIndex] = ("posts", posts);
        }
        else
        {
            entries.Insert(0, ("posts", posts));
        }
        return entries.Select(e => Create(e.Label, e.Meta)).ToList();
    }

    private static CollectionConfig Create(string label, Dictionary<string, object?> meta)
    {
        var order = meta.GetValueOrDefault("order") is List<object?> list
            ? list.Where(x => x is not null).Select(x => x!.ToString()!).ToList()
            : null;
        return new CollectionConfig(
            label,
            meta.GetValueOrDefault("output") is true,
            meta.GetValueOrDefault("permalink") as string,
            meta.GetValueOrDefault("sort_by") as string,
            order,
            meta);
    }
}
