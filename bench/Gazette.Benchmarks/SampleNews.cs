using Gazette.SiteGenerator;

namespace Gazette.Benchmarks;

/// <summary>
/// Realistic inputs taken from the site generator (bench/Gazette.SiteGenerator), so that the micro-benchmarks
/// measure the same posts the site-level benchmark builds.
/// </summary>
internal static class SampleNews
{
    private const int MinWords = 900;
    private const int MaxWords = 1100;
    private const int SearchLimit = 2000;

    /// <summary>
    /// The first generated post (default seed) whose body has every block a news article uses: <c>##</c>
    /// headings, a list, a blockquote, a fenced code block and a pipe table, at 900–1,100 words.
    /// </summary>
    public static GeneratedPost Article()
    {
        var factory = new PostFactory(GeneratorOptions.DefaultSeed);
        for (int i = 0; i < SearchLimit; i++)
        {
            GeneratedPost post = factory.Create(i);
            if (HasEveryBlock(post.Body) && WordCount.Of(post.Body) is >= MinWords and <= MaxWords)
            {
                return post;
            }
        }

        throw new InvalidOperationException($"None of the first {SearchLimit} generated posts has every kind of block.");
    }

    /// <summary>The post as its Jekyll file holds it: front matter as the generator writes it, a blank line, then the Markdown body.</summary>
    public static string JekyllFile(GeneratedPost post) => new YamlText()
        .Plain("layout", "post")
        .Quoted("title", post.Title)
        .Plain("date", post.FrontMatterDate)
        .Quoted("author", post.Author)
        .List("categories", post.Categories)
        .List("tags", post.Tags)
        .Quoted("excerpt", post.Excerpt)
        .Plain("image", post.Image)
        .WithBody(post.Body);

    private static bool HasEveryBlock(string body) =>
        body.Contains("\n## ", StringComparison.Ordinal)
        && (body.Contains("\n- ", StringComparison.Ordinal) || body.Contains("\n1. ", StringComparison.Ordinal))
        && body.Contains("\n> ", StringComparison.Ordinal)
        && body.Contains("\n```", StringComparison.Ordinal)
        && body.Contains("\n|--", StringComparison.Ordinal)
        && body.Contains("](", StringComparison.Ordinal)
        && body.Contains("**", StringComparison.Ordinal);
}
