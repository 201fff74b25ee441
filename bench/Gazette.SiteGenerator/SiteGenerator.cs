using System.Globalization;

namespace Gazette.SiteGenerator;

/// <summary>Generates one site: prepares the directory, writes the theme, streams the posts, and leaves a marker file.</summary>
internal sealed class SiteGenerator
{
    /// <summary>
    /// The marker left in every generated site. It lets a later run replace the directory safely, and tells the
    /// benchmark harness how many HTML pages the tool should write. Jekyll, Hugo and Eleventy all ignore it.
    /// </summary>
    public const string MarkerFileName = ".gazette-bench-site";

    private readonly GeneratorOptions _options;

    /// <summary>Creates a generator for <paramref name="options"/>.</summary>
    public SiteGenerator(GeneratorOptions options) => _options = options;

    /// <summary>Writes the site and returns what was written.</summary>
    /// <exception cref="InvalidOperationException">The output directory is not empty and was not made by this generator.</exception>
    public GenerationResult Generate()
    {
        string root = Path.GetFullPath(_options.OutputDirectory);
        PrepareDirectory(root);

        ISiteFlavorWriter writer = _options.Flavor switch
        {
            SiteFlavor.Jekyll => new JekyllSiteWriter(),
            SiteFlavor.Hugo => new HugoSiteWriter(),
            _ => new EleventySiteWriter(),
        };
        var files = new SiteFiles(root);
        writer.WriteTheme(files);

        var factory = new PostFactory(_options.Seed);
        var categoriesUsed = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < _options.Posts; i++)
        {
            GeneratedPost post = factory.Create(i);
            categoriesUsed.UnionWith(post.Categories);
            writer.WritePost(files, post);
        }

        int expectedPages = writer.ExpectedHtmlPages(_options.Posts, categoriesUsed.Count);
        files.Write(MarkerFileName, string.Create(CultureInfo.InvariantCulture, $"""
            generator=Gazette.SiteGenerator
            flavor={_options.Flavor.ToString().ToLowerInvariant()}
            posts={_options.Posts}
            seed={_options.Seed}
            html_pages={expectedPages}

            """));
        return new GenerationResult(root, files.Count, expectedPages);
    }

    private static void PrepareDirectory(string root)
    {
        if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any())
        {
            if (!File.Exists(Path.Combine(root, MarkerFileName)))
            {
                throw new InvalidOperationException(
                    $"{root} is not empty and has no {MarkerFileName} marker; refusing to replace a directory the generator did not make.");
            }

            Directory.Delete(root, recursive: true);
        }

        Directory.CreateDirectory(root);
    }
}
