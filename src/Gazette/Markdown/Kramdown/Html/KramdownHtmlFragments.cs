using Markdig.Syntax;

namespace Gazette.Markdown.Kramdown.Html;

/// <summary>
/// Parses the Markdown content of elements inside raw HTML that carry a <c>markdown</c> attribute
/// (kramdown: parser/kramdown/html.rb handle_kramdown_html_tag, which parse_raw_html calls for every
/// nested element). Each content is parsed on its own with the same pipeline: block content as a
/// document, span content as the content of a span-model element.
/// </summary>
internal static class KramdownHtmlFragments
{
    // Deeper nesting stays raw; kramdown has no limit, but real pages do not get near it.
    private const int MaxDepth = 16;

    private const string SpanWrapper = "gazette-span-content";

    /// <summary>Parses the fragments of every raw HTML block in <paramref name="document"/>; <paramref name="parse"/> parses a text into a fixed-up document.</summary>
    public static void Parse(ContainerBlock document, Func<string, (MarkdownDocument Document, string Source)> parse) =>
        Parse(document, parse, 0);

    private static void Parse(ContainerBlock container, Func<string, (MarkdownDocument, string)> parse, int depth)
    {
        if (depth >= MaxDepth)
        {
            return;
        }
        foreach (var block in container)
        {
            switch (block)
            {
                case KramdownHtmlBlock { Node: KramdownHtmlElement element }:
                    ParseElement(element, parse, depth);
                    break;
                case ContainerBlock nested:
                    Parse(nested, parse, depth);
                    break;
                default:
                    break;
            }
        }
    }

    private static void ParseElement(KramdownHtmlElement element, Func<string, (MarkdownDocument, string)> parse, int depth)
    {
        foreach (var child in element.Children)
        {
            if (child is not KramdownHtmlElement nested)
            {
                continue;
            }
            if (nested.MarkdownSource is { } content)
            {
                // Span content is read as a span-model element would be, so "# x" stays text.
                var (fragment, source) = parse(nested.ContentModel == KramdownContentModel.Span
                    ? "<" + SpanWrapper + " markdown=\"span\">" + content + "</" + SpanWrapper + ">\n"
                    : content);
                nested.Fragment = (fragment, source);
                Parse(fragment, parse, depth + 1);
            }
            else
            {
                ParseElement(nested, parse, depth);
            }
        }
    }

    /// <summary>The span block holding parsed span content (null when the fragment is block content).</summary>
    public static KramdownHtmlSpanBlock? SpanContent(MarkdownDocument fragment) =>
        fragment.Count > 0 && fragment[0] is KramdownHtmlSpanBlock { Element.Name: SpanWrapper } span ? span : null;
}
