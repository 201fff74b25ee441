namespace Gazette.SiteGenerator;

/// <summary>
/// The Hugo equivalent: <c>config.toml</c>, <c>layouts/_default/</c> (baseof, single, list, archive),
/// <c>layouts/partials/</c>, <c>content/posts/YYYY-MM-DD-slug.md</c>, a home page with the 20 newest posts,
/// <c>content/archive.md</c> grouped by year, and a term page per category from the <c>categories</c> taxonomy.
/// Feeds, sitemap, robots.txt, 404, the section list and the taxonomy list are disabled, as the Jekyll site has none.
/// </summary>
internal sealed class HugoSiteWriter : ISiteFlavorWriter
{
    /// <inheritdoc/>
    /// <remarks>
    /// Hugo 0.73 to 0.1xx logs an error when "taxonomy" is disabled (its meaning changed in 0.73: it now means the
    /// term list page, which is what is meant here); ignoreErrors acknowledges that.
    /// </remarks>
    public void WriteTheme(SiteFiles files)
    {
        string navigation = string.Join(", ", SiteCatalog.NavigationCategories.Select(YamlText.Quote));
        files.Write("config.toml", $"""
            baseURL = "{SiteCatalog.Url}/"
            languageCode = "en"
            title = {YamlText.Quote(SiteCatalog.Title)}
            disableKinds = ["taxonomy", "section", "RSS", "sitemap", "robotsTXT", "404"]
            ignoreErrors = ["error-disable-taxonomy"]

            [taxonomies]
              category = "categories"

            [permalinks]
              posts = "/:year/:month/:day/:slug/"

            [params]
              description = {YamlText.Quote(SiteCatalog.Description)}
              navCategories = [{navigation}]

            """);
        files.CopyTheme("hugo/");
        files.CopyTheme("common/", "static/");
    }

    /// <inheritdoc/>
    /// <remarks>Jekyll's <c>excerpt</c> becomes Hugo's <c>description</c>; <c>layout: post</c> is Hugo's default single layout.</remarks>
    public void WritePost(SiteFiles files, GeneratedPost post) =>
        files.Write($"content/posts/{post.FileStem}.md", new YamlText()
            .Quoted("title", post.Title)
            .Plain("date", post.FrontMatterDate)
            .Plain("slug", post.Slug)
            .Quoted("author", post.Author)
            .List("categories", post.Categories)
            .List("tags", post.Tags)
            .Quoted("description", post.Excerpt)
            .Plain("image", post.Image)
            .WithBody(post.Body));

    /// <inheritdoc/>
    /// <remarks>Posts, home, archive, and a term page for each category that has posts.</remarks>
    public int ExpectedHtmlPages(int posts, int categoriesUsed) => posts + 2 + categoriesUsed;
}
