namespace Gazette.SiteGenerator;

/// <summary>
/// Jekyll 4 layout: <c>_config.yml</c>, <c>_layouts/</c>, <c>_includes/</c>, <c>_posts/YYYY-MM-DD-slug.md</c>, a home page
/// with the 20 newest posts, an archive by year and one <c>category/&lt;name&gt;.html</c> page per category.
/// Templates use plain Liquid plus Jekyll's include tag and the filters date_to_xmlschema, relative_url,
/// xml_escape, date, truncatewords and strip_html only.
/// </summary>
internal sealed class JekyllSiteWriter : ISiteFlavorWriter
{
    private const string CategoryPageBody = """
        <h1 class="page-heading">{{ page.title }}</h1>
        <div class="post-list">
        {% for post in site.categories[page.category] %}{% include post-card.html post=post show_excerpt=true %}
        {% endfor %}
        </div>

        """;

    /// <inheritdoc/>
    public void WriteTheme(SiteFiles files)
    {
        files.Write("_config.yml", $"""
            title: {YamlText.Quote(SiteCatalog.Title)}
            description: {YamlText.Quote(SiteCatalog.Description)}
            url: {YamlText.Quote(SiteCatalog.Url)}
            baseurl: ""
            lang: en
            timezone: UTC
            markdown: kramdown
            nav_categories: [{string.Join(", ", SiteCatalog.NavigationCategories)}]

            """);
        files.CopyTheme("jekyll/");
        files.CopyTheme("common/");
        foreach (string category in SiteCatalog.Categories)
        {
            files.Write(
                $"category/{category.ToLowerInvariant()}.html",
                new YamlText().Plain("layout", "default").Plain("title", category).Plain("category", category).WithBody(CategoryPageBody));
        }
    }

    /// <inheritdoc/>
    public void WritePost(SiteFiles files, GeneratedPost post) =>
        files.Write($"_posts/{post.FileStem}.md", new YamlText()
            .Plain("layout", "post")
            .Quoted("title", post.Title)
            .Plain("date", post.FrontMatterDate)
            .Quoted("author", post.Author)
            .List("categories", post.Categories)
            .List("tags", post.Tags)
            .Quoted("excerpt", post.Excerpt)
            .Plain("image", post.Image)
            .WithBody(post.Body));

    /// <inheritdoc/>
    /// <remarks>Posts, home, archive, and a category page for every category whether used or not.</remarks>
    public int ExpectedHtmlPages(int posts, int categoriesUsed) => posts + 2 + SiteCatalog.Categories.Count;
}
