using Markdig;
using Markdig.Renderers;

namespace Gazette.Markdown.Kramdown;

/// <summary>Adds kramdown's block and span syntax to a Markdig pipeline.</summary>
internal sealed class KramdownExtension(KramdownOptions options) : IMarkdownExtension
{
    public KramdownOptions Options { get; } = options;

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= KramdownTreeFixups.Apply;
        pipeline.DocumentProcessed += KramdownTreeFixups.Apply;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
