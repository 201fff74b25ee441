using Markdig.Syntax.Inlines;

namespace Gazette.Markdown.Kramdown.Inlines;

/// <summary>Inline math <c>$$…$$</c> (kramdown: parser/kramdown/math.rb, span category).</summary>
internal sealed class KramdownMathInline(string content) : LeafInline
{
    public string Content { get; } = content;
}
