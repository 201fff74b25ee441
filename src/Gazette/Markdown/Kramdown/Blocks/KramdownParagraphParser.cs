using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Gazette.Markdown.Kramdown.Blocks;

/// <summary>
/// kramdown paragraphs (kramdown: parser/kramdown/paragraph.rb): continuation lines keep their
/// leading whitespace, and a Setext underline only makes a header of a single line that starts
/// after a block boundary (header.rb parse_setext_header + block_boundary.rb).
/// </summary>
internal sealed class KramdownParagraphParser : ParagraphBlockParser
{
    private static readonly object AfterBoundaryKey = new();

    public KramdownParagraphParser() => ParseSetextHeadings = false;

    public override BlockState TryOpen(BlockProcessor processor)
    {
        var result = base.TryOpen(processor);
        if (result != BlockState.None && processor.NewBlocks.Count > 0 && processor.NewBlocks.Peek() is ParagraphBlock paragraph)
        {
            if (KramdownBlockBoundary.IsAfter(processor))
            {
                paragraph.SetData(AfterBoundaryKey, true);
            }
        }
        return result;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        if (processor.IsBlankLine)
        {
            return BlockState.BreakDiscard;
        }
        var paragraph = (ParagraphBlock)block;
        if (paragraph.Lines.Count == 1 && processor.Indent == 0 && paragraph.GetData(AfterBoundaryKey) is true
            && TrySetext(processor, paragraph))
        {
            return BlockState.BreakDiscard;
        }

        // kramdown keeps the indentation of continuation lines; Markdig has already skipped it.
        processor.Line.Start = processor.StartBeforeIndent;
        processor.Column = processor.ColumnBeforeIndent;
        paragraph.UpdateSpanEnd(processor.Line.End);
        return BlockState.Continue;
    }

    // kramdown: paragraph.rb strips the first line's leading and the last line's trailing
    // whitespace only. Link definitions are blocks of their own (KramdownLinkDefinitionParser), so
    // nothing is taken out of the paragraph here, unlike CommonMark.
    public override bool Close(BlockProcessor processor, Block block)
    {
        if (block is not ParagraphBlock paragraph)
        {
            // Setext headers are created by this parser too.
            return true;
        }
        if (paragraph.Lines.Count == 0)
        {
            return false;
        }
        var lines = paragraph.Lines;
        lines.Lines[0].Slice.TrimStart();
        lines.Lines[lines.Count - 1].Slice.TrimEnd();
        return true;
    }

    // kramdown: header.rb SETEXT_HEADER_START: one text line, then a line of '=' or '-' starting in
    // the first column and followed only by whitespace.
    private bool TrySetext(BlockProcessor processor, ParagraphBlock paragraph)
    {
        var line = processor.Line;
        var marker = line.CurrentChar;
        if (marker is not ('=' or '-'))
        {
            return false;
        }
        var i = line.Start;
        while (i <= line.End && line.Text[i] is '=' or '-')
        {
            i++;
        }
        while (i <= line.End && line.Text[i] is ' ' or '\t' or '\r' or '\f' or '\v')
        {
            i++;
        }
        if (i <= line.End)
        {
            return false;
        }

        var first = paragraph.Lines.Lines[0].Slice;
        var end = first.End;
        if (!KramdownHeaderText.Trim(first.Text, first.Start, ref end, out var id, closingHashesNeedSpace: false)
            || first.Text[first.Start] is ' ' or '\t')
        {
            return false;
        }
        var heading = new HeadingBlock(this)
        {
            Column = paragraph.Column,
            Span = new SourceSpan(paragraph.Span.Start, line.End),
            Level = marker == '=' ? 1 : 2,
            IsSetext = true,
        };
        var text = new StringSlice(first.Text, first.Start, end);
        heading.AppendLine(ref text, paragraph.Column, paragraph.Line, paragraph.Lines.Lines[0].Position, false);
        if (id is not null)
        {
            KramdownAttributes.For(heading).Set("id", id);
        }
        processor.Discard(paragraph);
        processor.NewBlocks.Push(heading);
        return true;
    }
}
