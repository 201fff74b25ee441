using Markdig.Parsers;
using Markdig.Syntax;

namespace Gazette.Markdown.Kramdown.Blocks;

/// <summary>
/// ATX headers as the GFM parser reads them (kramdown-parser-gfm: gfm.rb ATX_HEADER_START and
/// parse_atx_header_gfm_quirk): the hashes start the line, at least one space or tab follows, an
/// optional <c>{#id}</c> ends the text, closing hashes need whitespace before them, and an empty
/// text makes no header.
/// </summary>
internal sealed class KramdownAtxHeadingParser : BlockParser
{
    private readonly bool _gfm;
    private readonly bool _interruptsParagraphs;

    public KramdownAtxHeadingParser(bool gfm, bool interruptsParagraphs)
    {
        _gfm = gfm;
        _interruptsParagraphs = interruptsParagraphs;
        OpeningCharacters = ['#'];
    }

    public override bool CanInterrupt(BlockProcessor processor, Block block) => block is not ParagraphBlock || _interruptsParagraphs;

    // kramdown (header.rb): no space needed after the hashes and closing hashes need no space before
    // them; without the GFM paragraph_end quirk the header must follow a block boundary.
    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.Indent != 0 || (!_interruptsParagraphs && !KramdownBlockBoundary.IsAfter(processor)))
        {
            return BlockState.None;
        }
        var line = processor.Line;
        var text = line.Text;
        var level = 0;
        var i = line.Start;
        while (i <= line.End && text[i] == '#' && level < 7)
        {
            level++;
            i++;
        }
        if (level is 0 or > 6 || i > line.End || (_gfm && text[i] is not (' ' or '\t')))
        {
            return BlockState.None;
        }
        while (i <= line.End && text[i] is ' ' or '\t')
        {
            i++;
        }
        var contentStart = i;
        var contentEnd = line.End;
        if (!KramdownHeaderText.Trim(text, contentStart, ref contentEnd, out var id, closingHashesNeedSpace: _gfm))
        {
            return BlockState.None;
        }

        var heading = new HeadingBlock(this)
        {
            HeaderChar = '#',
            Level = level,
            Column = processor.Column,
            Span = new SourceSpan(line.Start, line.End),
        };
        if (id is not null)
        {
            KramdownAttributes.For(heading).Set("id", id);
        }
        processor.Line.Start = contentStart;
        processor.Line.End = contentEnd;
        processor.NewBlocks.Push(heading);
        return BlockState.Break;
    }
}
