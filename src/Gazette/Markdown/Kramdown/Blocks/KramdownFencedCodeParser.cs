using System.Text.RegularExpressions;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Gazette.Markdown.Kramdown.Blocks;

/// <summary>
/// Fenced code as the GFM parser reads it (kramdown-parser-gfm: gfm.rb FENCED_CODEBLOCK_MATCH): the
/// info is at most one word (with optional <c>?options</c>) and a closing fence of the same
/// character, at least as long, must follow; otherwise the lines are not code.
/// </summary>
internal sealed partial class KramdownFencedCodeParser : FencedCodeBlockParser
{
    private readonly bool _gfm;
    private readonly bool _interruptsParagraphs;

    public KramdownFencedCodeParser(bool gfm, bool interruptsParagraphs)
    {
        _gfm = gfm;
        _interruptsParagraphs = interruptsParagraphs;
        OpeningCharacters = gfm ? ['`', '~'] : ['~'];
    }

    // kramdown-parser-gfm: a fence ends a paragraph (PARAGRAPH_END_GFM); plain kramdown has only
    // ~~~ fences in the first column and they do not.
    public override bool CanInterrupt(BlockProcessor processor, Block block) => block is not ParagraphBlock || _interruptsParagraphs;

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent || (!_gfm && processor.Indent > 0))
        {
            return BlockState.None;
        }
        var line = processor.Line;
        var opening = Opening().Match(line.Text, line.Start, line.End - line.Start + 1);
        if (!opening.Success || !HasClosingFence(line.Text, line.End + 1, opening.Groups[1].Value))
        {
            return BlockState.None;
        }
        var state = base.TryOpen(processor);
        if (state != BlockState.None && processor.NewBlocks.TryPeek(out var block) && block is FencedCodeBlock fenced)
        {
            // kramdown-parser-gfm: the code is everything between the fences, so the lines keep the
            // indentation the opening fence had (CommonMark removes it).
            fenced.IndentCount = 0;
        }
        return state;
    }

    // Looks ahead in the source text. Lines of enclosing containers keep their prefixes there, so
    // any indentation is accepted before the closing fence.
    private static bool HasClosingFence(string source, int position, string fence)
    {
        var lineStart = position + 1;
        var c = fence[0];
        while (lineStart < source.Length)
        {
            var end = source.IndexOf('\n', lineStart);
            if (end < 0)
            {
                end = source.Length;
            }
            var i = lineStart;
            while (i < end && source[i] is ' ' or '\t' or '>')
            {
                i++;
            }
            var run = 0;
            while (i + run < end && source[i + run] == c)
            {
                run++;
            }
            if (run >= fence.Length && KramdownLineRules.IsBlank(source, i + run, end - 1))
            {
                return true;
            }
            lineStart = end + 1;
        }
        return false;
    }

    // kramdown-parser-gfm: /^[ ]{0,3}(([~`]){3,})\s*?((\S+?)(?:\?\S*)?)?\s*?\n/
    [GeneratedRegex("""\G(`{3,}|~{3,})[ \t]*(?:\S+)?[ \t]*$""")]
    private static partial Regex Opening();
}
