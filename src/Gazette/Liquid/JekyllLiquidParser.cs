using Fluid;
using Gazette.Liquid.Tags;
using Parlot;
using Parlot.Fluent;

namespace Gazette.Liquid;

/// <summary>
/// Fluid's Liquid parser with Jekyll's tags: <c>include</c> (Jekyll's syntax replaces Liquid's),
/// <c>include_relative</c>, <c>link</c>, <c>post_url</c> and <c>highlight</c>.
/// </summary>
internal sealed class JekyllLiquidParser : FluidParser
{
    /// <summary>One parser for every engine: building the grammar is costly, parsing with it is thread-safe.</summary>
    public static JekyllLiquidParser Shared { get; } = new();

    public JekyllLiquidParser()
        : base(new FluidParserOptions { AllowFunctions = false })
    {
        var markup = Parsers.AnyCharBefore(TagEnd, canBeEmpty: true);
        RegisterParserTag("include", markup.Then(span => IncludeMarkup.Parse(span, relative: false)), IncludeTag.RenderAsync);
        RegisterParserTag("include_relative", markup.Then(span => IncludeMarkup.Parse(span, relative: true)), IncludeTag.RenderAsync);
        RegisterParserTag("link", markup.Then(span => new TagMarkup(span.ToString().Trim(), LineOf(span))), LinkTag.RenderAsync);
        RegisterParserTag("post_url", markup.Then(span => new TagMarkup(span.ToString().Trim(), LineOf(span))), PostUrlTag.RenderAsync);
        RegisterParserBlock("highlight", markup.Then(span => new TagMarkup(span.ToString().Trim(), LineOf(span))), HighlightTag.RenderAsync);
    }

    /// <summary>The 1-based line of a span within its template.</summary>
    public static int LineOf(TextSpan span)
    {
        var line = 1;
        var buffer = span.Buffer.AsSpan(0, Math.Min(span.Offset, span.Buffer?.Length ?? 0));
        foreach (var c in buffer)
        {
            if (c == '\n')
            {
                line++;
            }
        }
        return line;
    }
}
