namespace Gazette.SiteGenerator;

/// <summary>Site-wide names shared by every flavour: title, categories, authors and tags.</summary>
internal static class SiteCatalog
{
    /// <summary>The site title.</summary>
    public const string Title = "The Daily Benchmark";

    /// <summary>The site description.</summary>
    public const string Description = "A generated news site for benchmarking static site generators.";

    /// <summary>The production URL (no trailing slash); every flavour builds with an empty base path.</summary>
    public const string Url = "https://example.com";

    /// <summary>
    /// The categories, single words so that a category's URL segment is just its lower-case form.
    /// The first ten posts take them in order as their first category, so any site of ten or more posts uses all of them.
    /// </summary>
    public static readonly IReadOnlyList<string> Categories =
    [
        "News", "World", "Business", "Technology", "Science", "Health", "Sport", "Culture", "Politics", "Climate",
    ];

    /// <summary>The categories linked from the header of every page.</summary>
    public static readonly IReadOnlyList<string> NavigationCategories = Categories.Take(6).ToArray();

    /// <summary>Author handles.</summary>
    public static readonly IReadOnlyList<string> Authors =
    [
        "badely", "mokafor", "jlindqvist", "sbrennan", "tnakamura", "apereira",
        "hkhan", "lmoreau", "dosei", "rkowalski", "ewhitfield", "cvargas",
    ];

    /// <summary>Tag pool.</summary>
    public static readonly IReadOnlyList<string> Tags =
    [
        "economy", "elections", "trade", "energy", "housing", "transport", "education", "inflation",
        "diplomacy", "security", "agriculture", "water", "wildlife", "space", "ai", "privacy",
        "startups", "banking", "football", "tennis", "athletics", "film", "music", "books",
        "heritage", "vaccines", "hospitals", "research", "oceans", "wildfires", "floods", "drought",
        "courts", "parliament", "local-government", "labour", "pensions", "tourism", "shipping", "mining",
    ];
}
