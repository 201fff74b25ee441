using System.Text;
using System.Text.RegularExpressions;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Gazette.Markdown.Kramdown.Blocks;

/// <summary>
/// kramdown's indented code blocks (kramdown: parser/kramdown/codeblock.rb CODEBLOCK_MATCH): lines
/// indented by a tab or four spaces, blank lines only when more indented lines follow, and lazy
/// lines after them, which kramdown joins to the previous line with a space. One level of
/// indentation is removed from each line.
/// </summary>
internal sealed partial class KramdownIndentedCodeParser : BlockParser
{
    private static readonly object TextKey = new();

    public override bool CanInterrupt(BlockProcessor processor, Block block) => block is not ParagraphBlock;

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (!processor.IsCodeIndent || processor.IsBlankLine)
        {
            return BlockState.None;
        }
        var line = processor.Line;
        line.Start = processor.StartBeforeIndent;
        if (!HasIndent(line.Text, line.Start, line.End))
        {
            return BlockState.None;
        }
        var code = new CodeBlock(this) { Column = processor.Column, Span = new SourceSpan(line.Start, line.End) };
        var text = new StringBuilder();
        text.Append(line.AsSpan()).Append('\n');
        code.SetData(TextKey, text);
        processor.NewBlocks.Push(code);
        return BlockState.ContinueDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        var text = (StringBuilder)block.GetData(TextKey)!;
        var line = processor.Line;
        line.Start = processor.StartBeforeIndent;
        if (processor.IsBlankLine)
        {
            // Kept only if more indented lines follow; trailing blank lines are dropped on close.
            text.Append(line.AsSpan()).Append('\n');
            return BlockState.ContinueDiscard;
        }
        if (HasIndent(line.Text, line.Start, line.End) || (!EndsWithBlankLine(text) && KramdownLineRules.IsLazyLine(line, 3) && !IsEndOfBlock(line)))
        {
            text.Append(line.AsSpan()).Append('\n');
            block.UpdateSpanEnd(line.End);
            return BlockState.ContinueDiscard;
        }
        return BlockState.None;
    }

    public override bool Close(BlockProcessor processor, Block block)
    {
        if (block.GetData(TextKey) is StringBuilder text)
        {
            // kramdown: data.gsub!(/\n( {0,3}\S)/, ' \1'); data.gsub!(INDENT, '')
            while (EndsWithBlankLine(text) && text.Length > 1)
            {
                var previous = text.ToString(0, text.Length - 1).LastIndexOf('\n');
                text.Length = previous + 1;
            }
            var joined = LazyJoin().Replace(text.ToString(), " $1");
            block.RemoveData(TextKey);
            KramdownCodeText.Set(block, Indent().Replace(joined, ""));
        }
        return true;
    }

    private static bool HasIndent(string text, int start, int end) =>
        start <= end && (text[start] == '\t' || text.AsSpan(start, Math.Min(4, end - start + 1)).SequenceEqual("    "));

    private static bool EndsWithBlankLine(StringBuilder text)
    {
        var i = text.Length - 2;
        while (i >= 0 && text[i] is ' ' or '\t' or '\r')
        {
            i--;
        }
        return i < 0 || text[i] == '\n';
    }

    private static bool IsEndOfBlock(Markdig.Helpers.StringSlice line) =>
        line.CurrentChar == '^' && KramdownLineRules.IsBlank(line.Text, line.Start + 1, line.End);

    [GeneratedRegex("""\n( {0,3}\S)""")]
    private static partial Regex LazyJoin();

    [GeneratedRegex("""^(?:\t| {4})""", RegexOptions.Multiline)]
    private static partial Regex Indent();
}
