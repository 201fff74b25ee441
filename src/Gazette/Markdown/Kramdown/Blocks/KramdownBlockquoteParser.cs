using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Gazette.Markdown.Kramdown.Blocks;

/// <summary>
/// kramdown blockquotes (kramdown: parser/kramdown/blockquote.rb): from a <c>&gt;</c> line on, every
/// following line up to a blank line, an IAL, the end-of-block marker or a block HTML tag belongs to
/// the quote (so lines without <c>&gt;</c> are lazy continuation of any block); <c>&gt; ?</c> is
/// removed and the text is parsed as blocks.
/// </summary>
internal sealed class KramdownBlockquoteParser : BlockParser
{
    private readonly bool _interruptsParagraphs;

    public KramdownBlockquoteParser(bool interruptsParagraphs)
    {
        _interruptsParagraphs = interruptsParagraphs;
        OpeningCharacters = ['>'];
    }

    // kramdown: only with the GFM paragraph_end quirk does a quote end a paragraph.
    public override bool CanInterrupt(BlockProcessor processor, Block block) => block is not ParagraphBlock || _interruptsParagraphs;

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }
        var line = processor.Line;
        var quote = new QuoteBlock(this) { QuoteChar = '>', Column = processor.Column, Span = new SourceSpan(line.Start, line.End), IsOpen = true };
        var state = new QuoteState { Child = processor.CreateChild() };
        quote.SetData(typeof(QuoteState), state);
        processor.NewBlocks.Push(quote);
        state.Child.Open(quote);
        Feed(processor, state, StripMarker(line));
        return BlockState.ContinueDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        if (block.GetData(typeof(QuoteState)) is not QuoteState state || processor.IsBlankLine)
        {
            return BlockState.None;
        }
        var raw = processor.Line;
        raw.Start = processor.StartBeforeIndent;
        if (!KramdownLineRules.IsLazyLine(raw, 3) || (raw.CurrentChar == '^' && KramdownLineRules.IsBlank(raw.Text, raw.Start + 1, raw.End)))
        {
            return BlockState.None;
        }
        var indent = 0;
        while (indent < 3 && raw.Start + indent <= raw.End && raw.Text[raw.Start + indent] == ' ')
        {
            indent++;
        }
        var content = raw.Text[raw.Start + indent] == '>' ? StripMarker(new StringSlice(raw.Text, raw.Start + indent, raw.End, raw.NewLine)) : raw;
        Feed(processor, state, content);
        block.UpdateSpanEnd(raw.End);
        return BlockState.ContinueDiscard;
    }

    public override bool Close(BlockProcessor processor, Block block)
    {
        if (block.GetData(typeof(QuoteState)) is QuoteState { Child: { } child })
        {
            // Remove the state first: closing the child closes this block there too and calls back here.
            block.RemoveData(typeof(QuoteState));
            child.Close(block);
            child.ReleaseChild();
        }
        return true;
    }

    // kramdown: BLOCKQUOTE_START = /^ {0,3}> ?/
    private static StringSlice StripMarker(StringSlice line)
    {
        line.Start++;
        if (line.Start <= line.End && line.Text[line.Start] == ' ')
        {
            line.Start++;
        }
        return line;
    }

    private static void Feed(BlockProcessor processor, QuoteState state, StringSlice content)
    {
        state.Child!.LineIndex = processor.LineIndex;
        state.Child.ProcessLinePart(content, 0);
    }

    private sealed class QuoteState
    {
        public BlockProcessor? Child { get; set; }
    }
}
