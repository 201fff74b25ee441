namespace Gazette.SiteGenerator;

/// <summary>The static site generator a generated site is written for.</summary>
internal enum SiteFlavor
{
    /// <summary>Jekyll 4: <c>_posts/</c>, <c>_layouts/</c>, <c>_includes/</c>, <c>_config.yml</c>.</summary>
    Jekyll,

    /// <summary>Hugo: <c>content/posts/</c>, <c>layouts/</c>, <c>config.toml</c>.</summary>
    Hugo,

    /// <summary>Eleventy 3 with Liquid templates: <c>posts/</c>, <c>_layouts/</c>, <c>_includes/</c>, <c>eleventy.config.cjs</c>.</summary>
    Eleventy,
}
