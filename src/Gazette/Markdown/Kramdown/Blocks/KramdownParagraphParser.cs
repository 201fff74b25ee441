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
    private static readonly object LineStartsKey = new();

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
        var starts = paragraph.GetData(LineStartsKey) as Dictionary<int, int>;
        if (starts is null)
        {
            starts = [];
            paragraph.SetData(LineStartsKey, starts);
        }
        starts[processor.LineIndex] = processor.Line.Start;
        paragraph.UpdateSpanEnd(processor.Line.End);
        return BlockState.Continue;
    }

    public override bool Close(BlockProcessor processor, Block block)
    {
        var keep = base.Close(processor, block);
        if (keep && block is ParagraphBlock paragraph && paragraph.GetData(LineStartsKey) is Dictionary<int, int> starts)
        {
            var lines = paragraph.Lines;
            for (var i = 1; i < lines.Count; i++)
            {
                ref var line = ref lines.Lines[i];
                if (starts.TryGetValue(line.Line, out var start) && start < line.Slice.Start)
                {
                    line.Slice.Start = start;
                }
            }
            paragraph.RemoveData(LineStartsKey);
        }
        return keep;
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
