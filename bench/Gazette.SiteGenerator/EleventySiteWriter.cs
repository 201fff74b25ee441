using System.Text.Json;

namespace Gazette.SiteGenerator;

/// <summary>
/// The Eleventy 3 equivalent with Liquid templates: <c>eleventy.config.cjs</c> (a <c>posts</c> collection, newest first,
/// and posts grouped by category), <c>_data/site.json</c>, <c>_layouts/</c>, <c>_includes/</c>,
/// <c>posts/YYYY-MM-DD-slug.md</c>, and category pages made by pagination over the category list.
/// </summary>
internal sealed class EleventySiteWriter : ISiteFlavorWriter
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <inheritdoc/>
    public void WriteTheme(SiteFiles files)
    {
        // Same keys as Jekyll's _config.yml, so the templates can say site.title and site.nav_categories in both.
        var site = new
        {
            title = SiteCatalog.Title,
            description = SiteCatalog.Description,
            url = SiteCatalog.Url,
            lang = "en",
            nav_categories = SiteCatalog.NavigationCategories,
            category_list = SiteCatalog.Categories,
        };
        files.Write("_data/site.json", JsonSerializer.Serialize(site, Indented).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");
        files.CopyTheme("eleventy/");
        files.CopyTheme("common/");
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Jekyll's <c>tags</c> become <c>keywords</c>: in Eleventy <c>tags</c> names collections, which would make every tag a collection.
    /// </remarks>
    public void WritePost(SiteFiles files, GeneratedPost post) =>
        files.Write($"posts/{post.FileStem}.md", new YamlText()
            .Plain("layout", "post")
            .Quoted("title", post.Title)
            .Plain("date", post.FrontMatterDate)
            .Quoted("author", post.Author)
            .List("categories", post.Categories)
            .List("keywords", post.Tags)
            .Quoted("excerpt", post.Excerpt)
            .Plain("image", post.Image)
            .WithBody(post.Body));

    /// <inheritdoc/>
    /// <remarks>Posts, home, archive, and a category page for every category in the list whether used or not.</remarks>
    public int ExpectedHtmlPages(int posts, int categoriesUsed) => posts + 2 + SiteCatalog.Categories.Count;
}
