using Gazette.Markdown.Kramdown.Blocks;
using Gazette.Markdown.Kramdown.Html;
using Gazette.Markdown.Kramdown.Inlines;
using Markdig;
using Markdig.Helpers;
using Markdig.Extensions.DefinitionLists;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace Gazette.Markdown.Kramdown;

/// <summary>
/// Swaps Markdig's CommonMark block and span parsers for kramdown's (GFM input) where they differ and
/// adds kramdown-only syntax. Runs after the Markdig extensions it builds on (tables, footnotes,
/// definition lists), so it can find and wrap their parsers.
/// </summary>
internal sealed class KramdownExtension(KramdownOptions options) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        var blocks = pipeline.BlockParsers;
        blocks.Insert(0, new KramdownBlockExtensionParser());
        blocks.Insert(1, new KramdownMathBlockParser());
        var paragraphs = new KramdownParagraphParser();
        Replace<ParagraphBlockParser>(blocks, paragraphs);
        blocks.Insert(blocks.IndexOf(paragraphs), new KramdownTableParser(paragraphs));
        Replace<HeadingBlockParser>(blocks, new KramdownAtxHeadingParser(options.IsGfmInput, options.IsGfmParagraphEnd));
        Replace<IndentedCodeBlockParser>(blocks, new KramdownIndentedCodeParser());
        var gfmEnd = options.IsGfmParagraphEnd;
        Guard<ThematicBreakParser>(blocks, p => gfmEnd && KramdownParagraphEnd.IsListStart(p));
        Replace<QuoteBlockParser>(blocks, new KramdownBlockquoteParser(gfmEnd));
        Replace<FencedCodeBlockParser>(blocks, new KramdownFencedCodeParser(options.IsGfmInput, options.IsGfmParagraphEnd));
        Replace<ListBlockParser>(blocks, new KramdownListParser(gfmEnd));
        Replace<HtmlBlockParser>(blocks, new KramdownHtmlBlockParser(options.ParseBlockHtml));
        blocks.RemoveAll(p => p is DefinitionListParser);
        blocks.Insert(blocks.IndexOf(paragraphs), new KramdownFootnoteParser());
        blocks.Insert(blocks.IndexOf(paragraphs), new KramdownLinkDefinitionParser());
        blocks.Insert(blocks.IndexOf(paragraphs), new KramdownAbbreviationParser());
        blocks.Insert(blocks.FindIndex(p => p is KramdownHtmlBlockParser), new KramdownDefinitionListParser());

        var inlines = pipeline.InlineParsers;
        Replace<EscapeInlineParser>(inlines, new KramdownEscapeParser(options.IsGfmInput));
        Replace<AutolinkInlineParser>(inlines, new KramdownSpanHtmlParser(options.ParseSpanHtml));
        Replace<CodeInlineParser>(inlines, new KramdownCodeSpanParser());
        Replace<LineBreakInlineParser>(inlines, new KramdownLineBreakParser(options.HardWrap));
        Replace<HtmlEntityParser>(inlines, new KramdownEntityParser());
        Replace<EmphasisInlineParser>(inlines, new KramdownEmphasisMarkParser());
        Replace<LinkInlineParser>(inlines, new KramdownLinkParser());
        inlines.Insert(0, new KramdownFootnoteMarkerParser());
        inlines.Add(new KramdownSmartQuoteParser(options.SmartQuotes));
        inlines.Add(new KramdownInlineMathParser());
        inlines.Add(new KramdownSpanExtensionParser());
        if (!options.GfmQuirks.Contains("no_auto_typographic") || !options.IsGfmInput)
        {
            inlines.Add(new KramdownTypographicParser(options.TypographicSymbols));
        }
        if (options.IsGfmInput)
        {
            // kramdown-parser-gfm appends its strikethrough parser to the span parsers.
            inlines.Add(new KramdownStrikethroughParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void Replace<T>(OrderedList<BlockParser> parsers, BlockParser replacement) where T : BlockParser
    {
        var index = parsers.FindIndex(p => p is T);
        if (index >= 0)
        {
            parsers[index] = replacement;
        }
        else
        {
            parsers.Add(replacement);
        }
    }

    private static void Replace<T>(OrderedList<InlineParser> parsers, InlineParser replacement) where T : InlineParser
    {
        var index = parsers.FindIndex(p => p is T);
        if (index >= 0)
        {
            parsers[index] = replacement;
        }
        else
        {
            parsers.Add(replacement);
        }
    }

    private static void Guard<T>(OrderedList<BlockParser> parsers, Func<BlockProcessor, bool> mayInterruptParagraph) where T : BlockParser
    {
        var index = parsers.FindIndex(p => p is T);
        if (index >= 0)
        {
            parsers[index] = new KramdownInterruptGuard(parsers[index], mayInterruptParagraph);
        }
    }
}
