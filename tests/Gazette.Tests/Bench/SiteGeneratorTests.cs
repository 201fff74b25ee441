using System.Text.RegularExpressions;
using Gazette.SiteGenerator;

namespace Gazette.Tests.Bench;

public sealed partial class SiteGeneratorTests : IDisposable
{
    private const int Posts = 5;
    private readonly string _root = Path.Combine(Path.GetTempPath(), "gazette-sitegen-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Theory]
    [InlineData("jekyll", "_config.yml _layouts/default.html _layouts/post.html _includes/head.html _includes/header.html _includes/footer.html _includes/post-card.html index.html archive.html assets/css/main.css category/news.html category/climate.html", "_posts")]
    [InlineData("hugo", "config.toml layouts/_default/baseof.html layouts/_default/single.html layouts/_default/list.html layouts/_default/archive.html layouts/index.html layouts/partials/head.html layouts/partials/header.html layouts/partials/footer.html layouts/partials/post-card.html content/archive.md static/assets/css/main.css", "content/posts")]
    [InlineData("eleventy", "eleventy.config.cjs _data/site.json _layouts/default.liquid _layouts/post.liquid _includes/head.liquid _includes/header.liquid _includes/footer.liquid _includes/post-card.liquid index.liquid archive.liquid category.liquid posts/posts.json assets/css/main.css", "posts")]
    public void Writes_the_theme_and_posts_and_the_same_bytes_twice(string flavorName, string themeFiles, string postsDirectory)
    {
        var flavor = Enum.Parse<SiteFlavor>(flavorName, ignoreCase: true);
        string first = Path.Combine(_root, "first");
        string second = Path.Combine(_root, "second");

        GenerationResult result = new SiteGenerator.SiteGenerator(new GeneratorOptions(Posts, first, flavor)).Generate();
        new SiteGenerator.SiteGenerator(new GeneratorOptions(Posts, second, flavor)).Generate();

        foreach (string file in themeFiles.Split(' '))
        {
            Assert.True(File.Exists(Path.Combine(first, file)), $"{file} is missing");
        }

        string[] posts = Directory.GetFiles(Path.Combine(first, postsDirectory), "*.md");
        Assert.Equal(Posts, posts.Length);
        Assert.All(posts, post => Assert.Matches(@"^\d{4}-\d{2}-\d{2}-[a-z0-9-]+\.md$", Path.GetFileName(post)));

        Dictionary<string, byte[]> firstFiles = ReadTree(first);
        Dictionary<string, byte[]> secondFiles = ReadTree(second);
        Assert.Equal(result.FilesWritten, firstFiles.Count);
        Assert.Equal(firstFiles.Keys.Order(StringComparer.Ordinal), secondFiles.Keys.Order(StringComparer.Ordinal));
        Assert.All(firstFiles, file => Assert.True(file.Value.AsSpan().SequenceEqual(secondFiles[file.Key]), $"{file.Key} differs between runs"));
    }

    [Fact]
    public void Jekyll_posts_have_the_seed_front_matter_and_a_600_to_1200_word_body()
    {
        string site = Path.Combine(_root, "jekyll");
        new SiteGenerator.SiteGenerator(new GeneratorOptions(Posts, site, SiteFlavor.Jekyll)).Generate();

        foreach (string path in Directory.GetFiles(Path.Combine(site, "_posts")))
        {
            string text = File.ReadAllText(path);
            Assert.Matches(FrontMatterPattern(), text);
            string body = text[(text.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5)..];
            int words = ProseWords(body);
            Assert.InRange(words, 600, 1200);
            Assert.Contains("\n## ", body, StringComparison.Ordinal);
            Assert.Contains("\n> \"", body, StringComparison.Ordinal);
            Assert.Matches(@"\n(- |1\. )\S", body);
            Assert.Matches(@"\]\(https://example\.org/", body);
            Assert.Matches(@"\*[^*\n]+\*", body);
        }
    }

    [Fact]
    public void Every_flavor_has_the_same_post_bodies_and_a_smaller_site_is_a_prefix_of_a_larger_one()
    {
        Dictionary<string, string> Bodies(SiteFlavor flavor, int posts, string postsDirectory)
        {
            string site = Path.Combine(_root, $"{flavor}-{posts}");
            new SiteGenerator.SiteGenerator(new GeneratorOptions(posts, site, flavor)).Generate();
            return Directory.GetFiles(Path.Combine(site, postsDirectory), "*.md").ToDictionary(
                path => Path.GetFileName(path),
                path => File.ReadAllText(path).Split("\n---\n", 2)[1],
                StringComparer.Ordinal);
        }

        Dictionary<string, string> jekyll = Bodies(SiteFlavor.Jekyll, Posts, "_posts");
        Assert.Equal(jekyll, Bodies(SiteFlavor.Hugo, Posts, "content/posts"));
        Assert.Equal(jekyll, Bodies(SiteFlavor.Eleventy, Posts, "posts"));

        Dictionary<string, string> smaller = Bodies(SiteFlavor.Jekyll, 3, "_posts");
        Assert.Equal(3, smaller.Count);
        Assert.All(smaller, post => Assert.Equal(jekyll[post.Key], post.Value));
    }

    [Fact]
    public void Marker_counts_posts_home_archive_and_each_used_category_for_hugo()
    {
        string site = Path.Combine(_root, "hugo");
        GenerationResult result = new SiteGenerator.SiteGenerator(new GeneratorOptions(Posts, site, SiteFlavor.Hugo)).Generate();

        int categories = Directory.GetFiles(Path.Combine(site, "content", "posts"))
            .SelectMany(path => CategoriesPattern().Match(File.ReadAllText(path)).Groups[1].Value.Split(", "))
            .Distinct(StringComparer.Ordinal)
            .Count();
        Assert.Equal(Posts + 2 + categories, result.ExpectedHtmlPages);
        Assert.Contains($"html_pages={result.ExpectedHtmlPages}\n", File.ReadAllText(Path.Combine(site, SiteGenerator.SiteGenerator.MarkerFileName)), StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_to_replace_a_directory_it_did_not_make()
    {
        string site = Path.Combine(_root, "foreign");
        Directory.CreateDirectory(site);
        File.WriteAllText(Path.Combine(site, "keep.txt"), "mine");

        Assert.Throws<InvalidOperationException>(() => new SiteGenerator.SiteGenerator(new GeneratorOptions(1, site, SiteFlavor.Jekyll)).Generate());
        Assert.Equal("mine", File.ReadAllText(Path.Combine(site, "keep.txt")));
    }

    private static Dictionary<string, byte[]> ReadTree(string root) =>
        Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(path => Path.GetRelativePath(root, path), File.ReadAllBytes, StringComparer.Ordinal);

    // Prose words as the generator targets them: fenced code blocks and table rows excluded.
    private static int ProseWords(string body)
    {
        int words = 0;
        bool inFence = false;
        foreach (string line in body.Split('\n'))
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
            }
            else if (!inFence && !line.StartsWith('|'))
            {
                words += line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(token => token.Any(char.IsLetterOrDigit));
            }
        }

        return words;
    }

    [GeneratedRegex("""
        \A---\nlayout: post\ntitle: "[^"\n]+"\ndate: \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\nauthor: "\w+"\ncategories: \[\w+(, \w+)?\]\ntags: \[[\w, -]*\]\nexcerpt: "[^\n]+"\nimage: assets/images/[0-9a-f]{32}\.jpg\n---\n\n
        """)]
    private static partial Regex FrontMatterPattern();

    [GeneratedRegex(@"\ncategories: \[([^\]]+)\]")]
    private static partial Regex CategoriesPattern();
}
