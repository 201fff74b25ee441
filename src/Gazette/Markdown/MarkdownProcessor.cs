namespace Gazette.Markdown;

/// <summary>Maps Jekyll's <c>markdown:</c> setting to the pipeline Gazette builds.</summary>
internal static class MarkdownProcessor
{
    /// <summary>Plain CommonMark (what the jekyll-commonmark plugin's <c>markdown: CommonMark</c> asks for).</summary>
    public static bool IsCommonMark(string processor) =>
        processor.Equals("CommonMark", StringComparison.OrdinalIgnoreCase)
        || processor.Equals("CommonMarkGhPages", StringComparison.OrdinalIgnoreCase);

    /// <summary>GitHub Flavored Markdown as github.com renders it (tables, strikethrough, autolinks, task lists).</summary>
    public static bool IsGfm(string processor) => processor.Equals("GFM", StringComparison.OrdinalIgnoreCase);

    /// <summary>Everything else is kramdown, Jekyll's default and only built-in processor.</summary>
    public static bool IsKramdown(string processor) => !IsCommonMark(processor) && !IsGfm(processor);
}
