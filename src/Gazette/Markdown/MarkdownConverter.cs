using Gazette.Markdown.Kramdown;
using Markdig;
using Markdig.Syntax;

namespace Gazette.Markdown;

/// <summary>
/// Converts Markdown to HTML the way Jekyll's configured converter does: kramdown with GFM input by
/// default, or plain Markdig CommonMark / GFM for <c>markdown: CommonMark</c> / <c>GFM</c>.
/// One instance is built per site configuration and is safe to share across threads: the Markdig
/// pipeline is built once and renderers come from a pool.
/// </summary>
internal sealed class MarkdownConverter
{
    // Each round can only reveal HTML blocks that start on the text split off in the one before.
    private const int MaxHtmlSplitRounds = 8;

    private readonly MarkdownPipeline _pipeline;
    private readonly KramdownRendererPool? _renderers;

    public MarkdownConverter(KramdownOptions options)
    {
        Options = options;
        if (MarkdownProcessor.IsCommonMark(options.Processor))
        {
            _pipeline = new MarkdownPipelineBuilder().Build();
        }
        else if (MarkdownProcessor.IsGfm(options.Processor))
        {
            _pipeline = new MarkdownPipelineBuilder()
                .UsePipeTables()
                .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough)
                .UseAutoLinks()
                .UseTaskLists()
                .Build();
        }
        else
        {
            _pipeline = KramdownPipeline.Build(options);
            _renderers = new KramdownRendererPool();
        }
    }

    public KramdownOptions Options { get; }

    public string Convert(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        if (_renderers is null)
        {
            return Markdig.Markdown.ToHtml(markdown, _pipeline);
        }
        var (document, source) = ParseKramdown(markdown, null);
        var definitions = KramdownDocumentData.Of(document).LinkDefinitions;
        Kramdown.Html.KramdownHtmlFragments.Parse(document, text => ParseKramdown(text, definitions));
        var changes = KramdownDocumentData.Of(document).OptionChanges;
        var options = changes.IsEmpty ? Options : Options.WithSection(changes.Before(int.MaxValue));
        var renderer = _renderers.Get();
        try
        {
            return renderer.Render(document, source, options);
        }
        finally
        {
            _renderers.Release(renderer);
        }
    }

    // Parses kramdown text into a fixed-up tree; fragments of nested HTML also see the outer
    // document's link definitions.
    private (MarkdownDocument Document, string Source) ParseKramdown(string markdown, Func<string, LinkReferenceDefinition?>? outerDefinitions)
    {
        var source = KramdownPipeline.AdaptSource(markdown);
        var document = Markdig.Markdown.Parse(source, _pipeline);
        for (var round = 0; round < MaxHtmlSplitRounds; round++)
        {
            var splits = Kramdown.Html.KramdownHtmlLineSplit.Find(document, source);
            if (splits.Count == 0)
            {
                break;
            }
            source = Kramdown.Html.KramdownHtmlLineSplit.Split(source, splits);
            document = Markdig.Markdown.Parse(source, _pipeline);
        }
        KramdownTreeFixups.Apply(document, source, Options, outerDefinitions);
        return (document, source);
    }
}
