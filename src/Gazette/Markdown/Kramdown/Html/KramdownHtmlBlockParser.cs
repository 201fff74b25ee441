using System.Text.RegularExpressions;
using Gazette.Markdown.Kramdown.Blocks;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Gazette.Markdown.Kramdown.Html;

/// <summary>
/// Block-level HTML as kramdown reads it (kramdown: parser/kramdown/html.rb parse_block_html and
/// handle_kramdown_html_tag): a comment, or a start tag of an element that is not a span element at
/// the start of a line. The element's content is raw HTML by default; <c>markdown="1"</c> (or
/// <c>parse_block_html</c>) makes it Markdown blocks or spans depending on the element.
/// </summary>
internal sealed class KramdownHtmlBlockParser : BlockParser
{
    private readonly bool _parseBlockHtml;

    public KramdownHtmlBlockParser(bool parseBlockHtml)
    {
        _parseBlockHtml = parseBlockHtml;
        OpeningCharacters = ['<'];
    }

    public override bool CanInterrupt(BlockProcessor processor, Block block) =>
        block is not ParagraphBlock || KramdownParagraphEnd.IsHtmlBlockStart(processor);

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }
        var source = processor.Line.Text;
        var start = processor.Line.Start;

        var comment = KramdownHtmlSyntax.Comment().Match(source, start);
        if (comment.Success)
        {
            var end = SkipTrailingWhitespace(source, comment.Index + comment.Length);
            return Push(processor, new KramdownHtmlBlock(this) { Node = new KramdownHtmlVerbatim(comment.Value), EndPosition = end }, end);
        }

        var tag = KramdownHtmlSyntax.Tag().Match(source, start);
        if (!tag.Success || KramdownHtmlSyntax.SpanElements.Contains(tag.Groups[1].Value.ToLowerInvariant()))
        {
            return BlockState.None;
        }
        var afterTag = KramdownRawHtmlParser.ReadElement(source, tag, out var element, out var markdown);
        var parseBlockHtml = KramdownDocumentData.Of(processor.Document).OptionChanges.BoolAt(start, "parse_block_html") ?? _parseBlockHtml;
        var model = ContentModel(element, markdown, parseBlockHtml);
        if (element.IsClosed || model == KramdownContentModel.Raw)
        {
            var end = afterTag;
            if (!element.IsClosed)
            {
                end = KramdownRawHtmlParser.ReadBody(source, afterTag, element, out _);
            }
            end = SkipTrailingWhitespace(source, end);
            return Push(processor, new KramdownHtmlBlock(this) { Node = element, EndPosition = end }, end);
        }

        if (model == KramdownContentModel.Span)
        {
            var found = FindEndTag(source, afterTag, element.Name, out var closeEnd) is not null;
            var contentEnd = found ? source.LastIndexOf("</", closeEnd - 1, StringComparison.Ordinal) : source.Length;
            var end = found ? SkipTrailingWhitespace(source, closeEnd) : source.Length;
            var block = new KramdownHtmlSpanBlock(this) { Element = element, ContentEnd = contentEnd, EndPosition = end, Column = processor.Column, Span = new SourceSpan(start, Math.Max(start, end - 1)) };
            processor.NewBlocks.Push(block);
            ClipLine(processor, afterTag, contentEnd);
            return contentEnd > LineEnd(source, afterTag) ? BlockState.Continue : BlockState.Break;
        }

        // Content model block: the lines up to a line starting with the end tag are Markdown blocks.
        var container = new KramdownHtmlElementBlock(this) { Element = element, Column = processor.Column, Span = new SourceSpan(start, processor.Line.End) };
        processor.NewBlocks.Push(container);
        var rest = SkipTrailingWhitespace(source, afterTag);
        if (rest > processor.Line.End)
        {
            return BlockState.ContinueDiscard;
        }
        var contentStart = afterTag;
        while (contentStart <= processor.Line.End && source[contentStart] is ' ' or '\t')
        {
            contentStart++;
        }
        if (CloseTagLine(source.AsSpan(contentStart, processor.Line.End + 1 - contentStart), element.Name))
        {
            // kramdown: the end tag right after the start tag closes an empty element; any text after
            // it on the line starts the next block (KramdownHtmlLineSplit).
            container.EndPosition = source.IndexOf('>', contentStart) + 1;
            container.UpdateSpanEnd(processor.Line.End);
            return BlockState.BreakDiscard;
        }
        processor.Line.Start = afterTag;
        return BlockState.Continue;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        switch (block)
        {
            case KramdownHtmlBlock html:
                var rawLine = processor.Line;
                rawLine.Start = processor.StartBeforeIndent;
                html.Text.Append(rawLine.AsSpan()).Append('\n');
                return Consume(processor, html.EndPosition);
            case KramdownHtmlSpanBlock span:
                var lineStart = processor.StartBeforeIndent;
                processor.Line.Start = lineStart;
                ClipLine(processor, lineStart, span.ContentEnd);
                return span.ContentEnd <= LineEnd(processor.Line.Text, lineStart) ? BlockState.Break : BlockState.Continue;
            case KramdownHtmlElementBlock container:
                var line = processor.Line.AsSpan();
                if (processor.Indent <= 3 && CloseTagLine(line, container.Element.Name) && !HasOpenNested(processor, container))
                {
                    container.EndPosition = processor.Line.Start + line.IndexOf('>') + 1;
                    container.UpdateSpanEnd(processor.Line.End);
                    return BlockState.BreakDiscard;
                }
                container.UpdateSpanEnd(processor.Line.End);
                // Nothing of the line belongs to the container: give the indentation back to its content.
                processor.GoToColumn(processor.ColumnBeforeIndent);
                return BlockState.Continue;
            default:
                return BlockState.None;
        }
    }

    // The end of the block was found in the source text; inside list items and footnotes the
    // element is read again from the lines as the container hands them over (indentation removed).
    public override bool Close(BlockProcessor processor, Block block)
    {
        if (block is KramdownHtmlBlock { Node: KramdownHtmlElement } html && html.Text.Length > 0)
        {
            var text = html.Text.ToString();
            var tag = KramdownHtmlSyntax.Tag().Match(text, 0);
            if (tag.Success)
            {
                var afterTag = KramdownRawHtmlParser.ReadElement(text, tag, out var element, out _);
                if (!element.IsClosed)
                {
                    KramdownRawHtmlParser.ReadBody(text, afterTag, element, out _);
                }
                html.Node = element;
            }
        }
        if (block is KramdownHtmlSpanBlock span && span.ContentEnd >= processor.Line.Text.Length && span.Lines.Count > 0)
        {
            // kramdown: without an end tag the content runs to the end of the text, final newline included.
            var empty = new StringSlice(processor.Line.Text, processor.Line.Text.Length, processor.Line.Text.Length - 1);
            span.AppendLine(ref empty, 0, span.Lines.Count, processor.Line.Text.Length, false);
        }
        return true;
    }

    // kramdown: handle_kramdown_html_tag: raw unless parse_block_html is on; the markdown attribute
    // ("0", "1", "span", "block") overrides.
    private static KramdownContentModel ContentModel(KramdownHtmlElement element, string? markdown, bool parseBlockHtml)
    {
        var model = parseBlockHtml ? KramdownHtmlSyntax.ContentModelOf(element.Name) : KramdownContentModel.Raw;
        return markdown switch
        {
            "0" => KramdownContentModel.Raw,
            "1" => KramdownHtmlSyntax.ContentModelOf(element.Name),
            "span" => KramdownContentModel.Span,
            "block" => KramdownContentModel.Block,
            _ => model,
        };
    }

    // The end tag belongs to the innermost open element of that name.
    private static bool HasOpenNested(BlockProcessor processor, KramdownHtmlElementBlock container)
    {
        // IsOpen is reset while blocks are being continued, so ask the processor.
        for (var block = container.LastChild; block is not null && processor.IsOpen(block); block = (block as ContainerBlock)?.LastChild)
        {
            if (block is KramdownHtmlElementBlock nested && nested.Element.Name == container.Element.Name)
            {
                return true;
            }
        }
        return false;
    }

    private static bool CloseTagLine(ReadOnlySpan<char> line, string name)
    {
        if (!line.StartsWith("</", StringComparison.Ordinal) || line.Length < name.Length + 3
            || !line.Slice(2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var rest = line[(2 + name.Length)..].TrimStart(" \t\r\n\f\v");
        return rest.Length > 0 && rest[0] == '>';
    }

    private static BlockState Push(BlockProcessor processor, KramdownHtmlBlock block, int end)
    {
        block.Text.Append(processor.Line.AsSpan()).Append('\n');
        block.Column = processor.Column;
        block.Span = new SourceSpan(processor.Line.Start, Math.Max(processor.Line.Start, end - 1));
        processor.NewBlocks.Push(block);
        return end > processor.Line.End + 2 ? BlockState.ContinueDiscard : BlockState.BreakDiscard;
    }

    private static BlockState Consume(BlockProcessor processor, int end) =>
        processor.Line.End + 1 >= end - 1 ? BlockState.BreakDiscard : BlockState.ContinueDiscard;

    private static void ClipLine(BlockProcessor processor, int start, int end)
    {
        processor.Line.Start = Math.Max(start, processor.Line.Start);
        if (processor.Line.End >= end)
        {
            processor.Line.End = end - 1;
        }
    }

    private static int LineEnd(string source, int position)
    {
        var newline = source.IndexOf('\n', position);
        return newline < 0 ? source.Length : newline;
    }

    private static int SkipTrailingWhitespace(string source, int position)
    {
        var match = KramdownHtmlSyntax.TrailingWhitespace().Match(source, position);
        return match.Success ? match.Index + match.Length : position;
    }

    // kramdown: handle_kramdown_html_tag (span model) scans up to /<\/name\s*>/i.
    private static Match? FindEndTag(string source, int position, string name, out int end)
    {
        end = -1;
        var search = position;
        while ((search = source.IndexOf("</", search, StringComparison.Ordinal)) >= 0)
        {
            var nameEnd = search + 2 + name.Length;
            if (nameEnd <= source.Length && source.AsSpan(search + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                var i = nameEnd;
                while (i < source.Length && char.IsWhiteSpace(source[i]))
                {
                    i++;
                }
                if (i < source.Length && source[i] == '>')
                {
                    end = i + 1;
                    return Match.Empty;
                }
            }
            search += 2;
        }
        return null;
    }
}
