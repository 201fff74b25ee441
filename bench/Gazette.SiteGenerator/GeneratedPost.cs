using System.Globalization;

namespace Gazette.SiteGenerator;

/// <summary>One generated news post; every flavour writes the same fields and the same Markdown body.</summary>
/// <param name="Index">Position in the site, 0 being the newest post.</param>
/// <param name="Title">Headline, plain text.</param>
/// <param name="Slug">URL slug, unique per day.</param>
/// <param name="Date">Publication time, UTC, whole seconds.</param>
/// <param name="Author">Author handle.</param>
/// <param name="Categories">One or two categories from <see cref="SiteCatalog.Categories"/>.</param>
/// <param name="Tags">Zero to four tags.</param>
/// <param name="Excerpt">First sentence of the article, plain text.</param>
/// <param name="Image">Site-relative image path (the image itself is not generated).</param>
/// <param name="Body">Markdown body, LF line endings.</param>
internal sealed record GeneratedPost(
    int Index,
    string Title,
    string Slug,
    DateTime Date,
    string Author,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> Tags,
    string Excerpt,
    string Image,
    string Body)
{
    /// <summary>The <c>YYYY-MM-DD-slug</c> file stem Jekyll and Eleventy read the date and slug from.</summary>
    public string FileStem => string.Create(CultureInfo.InvariantCulture, $"{Date:yyyy-MM-dd}-{Slug}");

    /// <summary>The date as written in front matter: ISO 8601 local time without offset, like the seed post.</summary>
    public string FrontMatterDate => Date.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
}
