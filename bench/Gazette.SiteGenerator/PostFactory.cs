using System.Globalization;
using System.Text;

namespace Gazette.SiteGenerator;

/// <summary>
/// Creates the posts of a site, newest first. Post <c>i</c> is drawn from its own <see cref="Random"/> seeded from
/// the site seed and <c>i</c>, so a 1,000-post site holds exactly the 1,000 newest posts of a 4,000-post site.
/// </summary>
internal sealed class PostFactory
{
    /// <summary>The newest post's time (the seed post's date); older posts step back from it.</summary>
    public static readonly DateTime Newest = new(2026, 1, 6, 2, 44, 22, DateTimeKind.Utc);

    // Posts are 137 minutes apart, less up to an hour of jitter, so dates strictly decrease with the index
    // and 64,000 posts span about 17 years.
    private const int SpacingMinutes = 137;
    private const int JitterSeconds = 3600;

    private readonly int _seed;
    private readonly HashSet<string> _fileStems = new(StringComparer.Ordinal);

    /// <summary>Creates a factory for one site.</summary>
    public PostFactory(int seed) => _seed = seed;

    /// <summary>Creates post <paramref name="index"/>; call with 0, 1, 2… in order (slugs are de-duplicated against earlier posts).</summary>
    public GeneratedPost Create(int index)
    {
        var random = new Random(unchecked((_seed * 486187739) + index));
        var sentences = new SentenceBuilder(random);
        string title = sentences.Headline();
        DateTime date = Newest.AddMinutes(-(double)index * SpacingMinutes).AddSeconds(-random.Next(JitterSeconds));

        // The first ten posts take the categories in order so that every category page has posts.
        IReadOnlyList<string> all = SiteCatalog.Categories;
        string primary = index < all.Count ? all[index] : all[random.Next(all.Count)];
        var categories = new List<string> { primary };
        if (random.Next(3) == 0)
        {
            string second = all[random.Next(all.Count)];
            if (second != primary)
            {
                categories.Add(second);
            }
        }

        var tags = new List<string>();
        for (int t = random.Next(0, 5); t > 0; t--)
        {
            string tag = sentences.Pick(SiteCatalog.Tags);
            if (!tags.Contains(tag))
            {
                tags.Add(tag);
            }
        }

        string author = sentences.Pick(SiteCatalog.Authors);
        byte[] imageId = new byte[16];
        random.NextBytes(imageId);
        string image = $"assets/images/{Convert.ToHexStringLower(imageId)}.jpg";

        var article = new ArticleBuilder(random);
        string body = article.Build();

        string slug = Slugify(title);
        string baseSlug = slug;
        for (int n = 2; ; n++)
        {
            var post = new GeneratedPost(index, title, slug, date, author, categories, tags, article.FirstSentence, image, body);
            if (_fileStems.Add(post.FileStem))
            {
                return post;
            }

            slug = string.Create(CultureInfo.InvariantCulture, $"{baseSlug}-{n}");
        }
    }

    /// <summary>Lower-case ASCII words of the title joined by hyphens, accents stripped, at most eight words.</summary>
    internal static string Slugify(string title)
    {
        var slug = new StringBuilder(title.Length);
        int words = 0;
        bool pendingHyphen = false;
        foreach (char c in title.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c == '\'')
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && slug.Length > 0)
                {
                    if (++words == 8)
                    {
                        break;
                    }

                    slug.Append('-');
                }

                pendingHyphen = false;
                slug.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return slug.ToString();
    }
}
