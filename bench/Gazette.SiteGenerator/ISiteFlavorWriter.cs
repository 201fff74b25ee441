namespace Gazette.SiteGenerator;

/// <summary>Writes a site in one tool's layout; the posts themselves come from <see cref="PostFactory"/>.</summary>
internal interface ISiteFlavorWriter
{
    /// <summary>Writes the configuration, theme and every page that does not depend on the posts.</summary>
    void WriteTheme(SiteFiles files);

    /// <summary>Writes one post with this tool's front matter.</summary>
    void WritePost(SiteFiles files, GeneratedPost post);

    /// <summary>How many HTML files the tool should write for a site of <paramref name="posts"/> posts using <paramref name="categoriesUsed"/> categories.</summary>
    int ExpectedHtmlPages(int posts, int categoriesUsed);
}
