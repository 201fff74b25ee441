using System.Text;
using Gazette.Configuration;
using Gazette.Content;
using Gazette.Liquid;
using Gazette.Markdown;
using Gazette.Model;
using Gazette.Pipeline;
using Gazette.Rendering;
using Gazette.SiteGenerator;

namespace Gazette.Benchmarks;

/// <summary>
/// The small Jekyll site the Liquid benchmark renders from: the benchmark theme (default → post layouts; head,
/// header, footer, author box and related posts includes), <c>_data/authors.yml</c>, and generated posts whose bodies
/// are already HTML (kramdown output made once here) so that a page render is Liquid only. It is read and wired
/// the way <see cref="SiteBuilder.Build"/> wires a build.
/// </summary>
internal sealed class LiquidBenchSite : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 1, 7, 0, 0, 0, TimeSpan.Zero);
    private readonly ScratchDirectory _scratch;

    private LiquidBenchSite(ScratchDirectory scratch, List<GeneratedPost> posts, GeneratedPost sample)
    {
        _scratch = scratch;
        GeneratedPosts = posts;
        SamplePost = sample;
        var config = ConfigLoader.Load(new BuildOptions { Source = scratch.Combine("site"), Destination = scratch.Combine("_site"), Now = Now });
        Site = new SiteReader(config, Now).Read();
        SiteAssembler.Assemble(Site);
        Engine = new LiquidEngine(config, new MarkdownConverter(config.Kramdown));
        Renderer = new DocumentRenderer(new LiquidRenderer(Engine, Site), Site);
        ExcerptSetup.Attach(Site, Renderer);
        Post = Site.Posts.Single(d => d.Name == sample.FileStem + ".html");
        Includes = Directory.GetFiles(scratch.Combine("site/_includes")).Order(StringComparer.Ordinal)
            .Select(path => ("_includes/" + System.IO.Path.GetFileName(path), File.ReadAllText(path)))
            .ToList();
    }

    /// <summary>The generated posts, newest first.</summary>
    public IReadOnlyList<GeneratedPost> GeneratedPosts { get; }

    /// <summary>The post the benchmark renders.</summary>
    public GeneratedPost SamplePost { get; }

    /// <summary>The site as read.</summary>
    public Site Site { get; }

    /// <summary>The site's Liquid engine (parser, filters, include cache).</summary>
    public LiquidEngine Engine { get; }

    /// <summary>Renders a document through its layouts, as the render stage does.</summary>
    public DocumentRenderer Renderer { get; }

    /// <summary><see cref="SamplePost"/> as the site holds it.</summary>
    public Document Post { get; }

    /// <summary>The include files: (path relative to the site, text).</summary>
    public IReadOnlyList<(string File, string Text)> Includes { get; }

    /// <summary>Writes and reads a site of <paramref name="postCount"/> posts; the sample is the first post after the
    /// three newest (so the related-posts loop lists three other posts) that has at least two tags.</summary>
    public static LiquidBenchSite Create(int postCount)
    {
        var scratch = ScratchDirectory.Create("liquid");
        var files = new SiteFiles(scratch.Combine("site"));
        Directory.CreateDirectory(files.Root);
        files.Write("_config.yml", $"""
            title: {YamlText.Quote(SiteCatalog.Title)}
            description: {YamlText.Quote(SiteCatalog.Description)}
            url: {YamlText.Quote(SiteCatalog.Url)}
            baseurl: ""
            lang: en
            timezone: UTC
            nav_categories: [{string.Join(", ", SiteCatalog.NavigationCategories)}]

            """);
        files.CopyTheme("bench-theme/jekyll/");
        files.Write("_data/authors.yml", AuthorsYaml());

        var markdown = new MarkdownConverter(KramdownOptions.JekyllDefaults);
        var factory = new PostFactory(GeneratorOptions.DefaultSeed);
        var posts = new List<GeneratedPost>(postCount);
        for (int i = 0; i < postCount; i++)
        {
            GeneratedPost post = factory.Create(i);
            posts.Add(post);
            files.Write($"_posts/{post.FileStem}.html", SampleNews.JekyllFile(post with { Body = markdown.Convert(post.Body) }));
        }

        GeneratedPost sample = posts.Skip(3).FirstOrDefault(p => p.Tags.Count >= 2)
            ?? throw new InvalidOperationException("No generated post after the third has two tags.");
        return new LiquidBenchSite(scratch, posts, sample);
    }

    /// <summary>The author record <c>_data/authors.yml</c> holds for <paramref name="handle"/>: (name, bio, avatar).</summary>
    public static (string Name, string Bio, string Avatar) Author(string handle)
    {
        string name = char.ToUpperInvariant(handle[0]) + ". " + char.ToUpperInvariant(handle[1]) + handle[2..];
        return (name, $"{name} reports on politics & business for {SiteCatalog.Title} and writes the \"Week ahead\" column.",
            $"/assets/authors/{handle}.jpg");
    }

    /// <inheritdoc/>
    public void Dispose() => _scratch.Dispose();

    private static string AuthorsYaml()
    {
        var yaml = new StringBuilder();
        foreach (string handle in SiteCatalog.Authors)
        {
            var (name, bio, avatar) = Author(handle);
            yaml.Append(handle).Append(":\n")
                .Append("  name: ").Append(YamlText.Quote(name)).Append('\n')
                .Append("  bio: ").Append(YamlText.Quote(bio)).Append('\n')
                .Append("  avatar: ").Append(avatar).Append('\n');
        }

        return yaml.ToString();
    }
}
