using Markdig;

namespace Gazette.Markdown;

/// <summary>
/// Converts Markdown to HTML the way Jekyll's default converter (kramdown with GFM input) does.
/// One instance is built per site configuration and is safe to share across threads.
/// </summary>
internal sealed class MarkdownConverter
{
    private readonly MarkdownPipeline _pipeline;

    public MarkdownConverter(KramdownOptions options)
    {
        Options = options;
        _pipeline = new MarkdownPipelineBuilder()
            .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
            .UsePipeTables()
            .UseFootnotes()
            .Build();
    }

    public KramdownOptions Options { get; }

    public string Convert(string markdown) => Markdig.Markdown.ToHtml(markdown, _pipeline);
}
