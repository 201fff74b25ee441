using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Gazette.Markdown.Kramdown.Blocks;

/// <summary>
/// kramdown tables (kramdown: parser/kramdown/table.rb parse_table): after a block boundary, a run
/// of lines that each hold an unescaped pipe; <c>|---</c> lines end the header (and set alignment
/// with colons) or separate bodies, a <c>|===</c> line starts the footer. The table must be followed
/// by a block boundary and have a body, otherwise its lines are a paragraph.
/// </summary>
internal sealed class KramdownTableParser : BlockParser
{
    private readonly ParagraphBlockParser _paragraphs;

    public KramdownTableParser(ParagraphBlockParser paragraphs)
    {
        _paragraphs = paragraphs;
        OpeningCharacters = null;
    }

    public override bool CanInterrupt(BlockProcessor processor, Block block) => block is not ParagraphBlock;

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent || processor.IsBlankLine || !IsTableLine(processor.Line) || !KramdownBlockBoundary.IsAfter(processor))
        {
            return BlockState.None;
        }
        var table = new KramdownTable(this) { Column = processor.Column, Span = new SourceSpan(processor.Line.Start, processor.Line.End) };
        table.SourceLines.Add(processor.Line);
        table.LeadingPipe = processor.Line.CurrentChar == '|';
        processor.NewBlocks.Push(table);
        return BlockState.ContinueDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        var table = (KramdownTable)block;
        var line = processor.Line;
        line.Start = processor.StartBeforeIndent;
        if (!processor.IsBlankLine && IsTableLine(line))
        {
            table.SourceLines.Add(line);
            table.UpdateSpanEnd(line.End);
            return BlockState.ContinueDiscard;
        }
        if (processor.IsBlankLine || KramdownBlockBoundary.IsBefore(line.Text, line.Start))
        {
            return BlockState.None;
        }

        // kramdown: no block boundary after the table, so its lines were a paragraph all along.
        processor.Discard(table);
        var paragraph = new ParagraphBlock(_paragraphs) { Column = table.Column, Span = table.Span };
        foreach (var source in table.SourceLines)
        {
            var slice = source;
            paragraph.AppendLine(ref slice, table.Column, processor.LineIndex, slice.Start, false);
        }
        table.SourceLines.Clear();
        processor.NewBlocks.Push(paragraph);
        return BlockState.Continue;
    }

    public override bool Close(BlockProcessor processor, Block block)
    {
        var table = (KramdownTable)block;
        if (table.SourceLines.Count == 0)
        {
            return true;
        }
        if (KramdownTableBuilder.Build(table, this))
        {
            return true;
        }
        var paragraph = new ParagraphBlock(_paragraphs) { Column = table.Column, Span = table.Span };
        foreach (var source in table.SourceLines)
        {
            var slice = source;
            slice.TrimStart();
            paragraph.AppendLine(ref slice, table.Column, 0, slice.Start, false);
        }
        paragraph.Lines.Lines[paragraph.Lines.Count - 1].Slice.TrimEnd();
        var parent = table.Parent!;
        parent.Insert(parent.IndexOf(table), paragraph);
        return false;
    }

    // kramdown: TABLE_LINE = /(?:\||.*?[^\\\n]\|).*?\n/ — the line starts with a pipe or holds one that is not
    // escaped. A vectorised search for '|' instead of the regex: news paragraphs are long lines without pipes.
    private static bool IsTableLine(StringSlice line)
    {
        var text = line.AsSpan();
        var end = text.IndexOf('\n');
        if (end >= 0)
        {
            text = text[..end];
        }
        if (text.Length > 0 && text[0] == '|')
        {
            return true;
        }
        for (var at = text.IndexOf('|'); at > 0; at = NextPipe(text, at))
        {
            if (text[at - 1] != '\\')
            {
                return true;
            }
        }
        return false;
    }

    private static int NextPipe(ReadOnlySpan<char> text, int after)
    {
        var next = text[(after + 1)..].IndexOf('|');
        return next < 0 ? -1 : after + 1 + next;
    }
}
