using System.Text.RegularExpressions;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Gazette.Markdown.Kramdown.Blocks;

/// <summary>
/// Block math (kramdown: parser/kramdown/math.rb parse_block_math): <c>$$…$$</c>, possibly over
/// several lines, after a block boundary and followed by one (a blank line, <c>^</c>, an IAL or the
/// end). Anything else is left to the paragraph, where it becomes inline math.
/// </summary>
internal sealed partial class KramdownMathBlockParser : BlockParser
{
    public KramdownMathBlockParser() => OpeningCharacters = ['$', '\\'];

    public override bool CanInterrupt(BlockProcessor processor, Block block) => block is not ParagraphBlock;

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.CurrentChar == '\\')
        {
            // kramdown: an escaped block math line loses its backslash and goes on as a paragraph.
            if (!processor.IsCodeIndent && processor.PeekChar(1) == '$' && processor.PeekChar(2) == '$' && KramdownBlockBoundary.IsAfter(processor)
                && BlockMath().Match(processor.Line.Text, processor.Line.Start + 1) is { Success: true, Groups: [_, _, { Success: true }] })
            {
                processor.Line.Start++;
            }
            return BlockState.None;
        }
        if (processor.IsCodeIndent || processor.PeekChar(1) != '$' || !KramdownBlockBoundary.IsAfter(processor))
        {
            return BlockState.None;
        }
        var source = processor.Line.Text;
        var match = BlockMath().Match(source, processor.Line.Start);
        if (!match.Success || !KramdownBlockBoundary.IsBefore(source, match.Index + match.Length))
        {
            return BlockState.None;
        }
        var end = match.Index + match.Length;
        var block = new KramdownMathBlock(this)
        {
            Content = match.Groups[1].Value.Trim(' ', '\t', '\r', '\n', '\f', '\v'),
            EndPosition = end,
            Column = processor.Column,
            Span = new SourceSpan(processor.Line.Start, Math.Max(processor.Line.Start, end - 1)),
        };
        processor.NewBlocks.Push(block);
        return end > processor.Line.End + 2 ? BlockState.ContinueDiscard : BlockState.BreakDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        var math = (KramdownMathBlock)block;
        return processor.Line.End + 1 >= math.EndPosition - 1 ? BlockState.BreakDiscard : BlockState.ContinueDiscard;
    }

    // kramdown: BLOCK_MATH_START = /^ {0,3}(\\)?\$\$(.*?)\$\$(\s*?\n)?/m; the escaped form is not math.
    [GeneratedRegex("""\G\$\$(.*?)\$\$([ \t\r\f\v]*\n)?""", RegexOptions.Singleline)]
    private static partial Regex BlockMath();
}
