using Markdig;

namespace Gazette.Markdown.Kramdown;

/// <summary>Builds the Markdig pipeline that parses kramdown (GFM input) syntax.</summary>
internal static class KramdownPipeline
{
    public static MarkdownPipeline Build(KramdownOptions options)
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePreciseSourceLocation();
        if (options.IsGfmInput)
        {
            // kramdown-parser-gfm adds task lists (and ~~strikethrough~~, KramdownStrikethroughParser).
            builder.UseTaskLists();
        }
        builder.Extensions.Add(new KramdownExtension(options));
        return builder.Build();
    }

    // kramdown: parser/kramdown.rb adapt_source (via Parser::Base): normalise line endings and make
    // sure the text ends with a newline, so "no newline at end" inputs parse like the others.
    /// <summary>Normalises line endings to <c>\n</c> and appends a final newline when missing.</summary>
    public static string AdaptSource(string markdown)
    {
        var source = markdown.Contains('\r', StringComparison.Ordinal)
            ? markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')
            : markdown;
        return source.EndsWith('\n') ? source : source + "\n";
    }
}
