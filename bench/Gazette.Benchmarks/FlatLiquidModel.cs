using Gazette.SiteGenerator;

namespace Gazette.Benchmarks;

/// <summary>
/// The <c>site</c> and <c>page</c> variables for the flattened templates, as plain dictionaries and lists that both
/// Gazette's Liquid and plain Fluid convert with <c>FluidValue.Create</c>. They hold what the Jekyll site gives
/// the same templates: site settings, the posts newest first, <c>site.data.authors</c>, and the sample post.
/// </summary>
internal static class FlatLiquidModel
{
    /// <summary>The <c>site</c> variable.</summary>
    public static Dictionary<string, object?> Site(LiquidBenchSite site)
    {
        var authors = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (string handle in SiteCatalog.Authors)
        {
            var (name, bio, avatar) = LiquidBenchSite.Author(handle);
            authors[handle] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["name"] = name, ["bio"] = bio, ["avatar"] = avatar };
        }

        var urls = site.Site.Posts.ToDictionary(d => d.Name[..^".html".Length], d => d.Url, StringComparer.Ordinal);
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["title"] = SiteCatalog.Title,
            ["description"] = SiteCatalog.Description,
            ["url"] = SiteCatalog.Url,
            ["baseurl"] = "",
            ["lang"] = "en",
            ["nav_categories"] = SiteCatalog.NavigationCategories.Cast<object?>().ToList(),
            ["posts"] = site.GeneratedPosts.Select(p => (object?)Page(p, urls[p.FileStem])).ToList(),
            ["data"] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["authors"] = authors },
        };
    }

    /// <summary>The <c>page</c> variable of <paramref name="post"/> at <paramref name="url"/>.</summary>
    public static Dictionary<string, object?> Page(GeneratedPost post, string url) => new(StringComparer.Ordinal)
    {
        ["title"] = post.Title,
        ["date"] = new DateTimeOffset(post.Date, TimeSpan.Zero),
        ["author"] = post.Author,
        ["categories"] = post.Categories.Cast<object?>().ToList(),
        ["tags"] = post.Tags.Cast<object?>().ToList(),
        ["image"] = post.Image,
        ["excerpt"] = post.Excerpt,
        ["url"] = url,
    };
}
