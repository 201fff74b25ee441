using System.Text.RegularExpressions;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Gazette.Markdown.Kramdown.Blocks;

/// <summary>
/// Footnote definitions (kramdown: parser/kramdown/footnote.rb): <c>[^name]:</c>, the rest of the
/// line, then lines indented by a tab or four spaces (blank lines between them, lazy lines after
/// them), with one level of indentation removed and parsed as blocks.
/// </summary>
internal sealed partial class KramdownFootnoteParser : BlockParser
{
    public KramdownFootnoteParser() => OpeningCharacters = ['['];

    public override bool CanInterrupt(BlockProcessor processor, Block block) => block is not ParagraphBlock;

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }
        var line = processor.Line;
        var match = Start().Match(line.Text, line.Start, line.End - line.Start + 1);
        if (!match.Success)
        {
            return BlockState.None;
        }
        var name = match.Groups[1].Value;
        var definition = new KramdownFootnoteDefinition(this)
        {
            Name = name,
            Column = processor.Column,
            Span = new SourceSpan(line.Start, line.End),
            IsOpen = true,
            StartsWithBlankLine = KramdownLineRules.IsBlank(line.Text, match.Index + match.Length, line.End),
        };
        var data = KramdownDocumentData.Of(processor.Document);
        data.Footnotes[name] = definition;
        var state = new FootnoteState();
        definition.SetData(typeof(FootnoteState), state);
        processor.NewBlocks.Push(definition);

        state.Child = processor.CreateChild();
        state.Child.Open(definition);
        var content = new StringSlice(line.Text, match.Index + match.Length, line.End, line.NewLine);
        var stripped = KramdownLineRules.StripIndentation(content, 4, out var found, out var column);
        Feed(processor, state, found ? stripped : content, found ? column : 0);
        return BlockState.ContinueDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        if (block.GetData(typeof(FootnoteState)) is not FootnoteState state)
        {
            return BlockState.None;
        }
        var raw = processor.Line;
        raw.Start = processor.StartBeforeIndent;
        if (processor.IsBlankLine)
        {
            state.AfterContent = false;
            Feed(processor, state, new StringSlice(raw.Text, raw.Start, raw.Start - 1, raw.NewLine), 0);
            return BlockState.ContinueDiscard;
        }
        var content = KramdownLineRules.StripIndentation(raw, 4, out var indented, out var column);
        if (indented || (state.AfterContent && KramdownLineRules.IsLazyLine(raw, 3) && !IsEndOfBlock(raw)))
        {
            state.AfterContent = indented || state.AfterContent;
            Feed(processor, state, indented ? content : raw, indented ? column : 0);
            block.UpdateSpanEnd(raw.End);
            return BlockState.ContinueDiscard;
        }
        return BlockState.None;
    }

    public override bool Close(BlockProcessor processor, Block block)
    {
        if (block.GetData(typeof(FootnoteState)) is FootnoteState { Child: { } child })
        {
            // Remove the state first: closing the child closes this block there too and calls back here.
            block.RemoveData(typeof(FootnoteState));
            child.Close(block);
            child.ReleaseChild();
        }
        return true;
    }

    private static void Feed(BlockProcessor processor, FootnoteState state, StringSlice content, int column)
    {
        state.Child!.LineIndex = processor.LineIndex;
        state.Child.ProcessLinePart(content, column);
    }

    private static bool IsEndOfBlock(StringSlice line) => line.CurrentChar == '^' && KramdownLineRules.IsBlank(line.Text, line.Start + 1, line.End);

    private sealed class FootnoteState
    {
        public BlockProcessor? Child { get; set; }

        /// <summary>The previous line was indented content (or a lazy line after it), so a lazy line may follow.</summary>
        public bool AfterContent { get; set; }
    }

    // kramdown: FOOTNOTE_DEFINITION_START = /^ {0,3}\[\^(ALD_ID_NAME)\]:\s*?(.*?\n…)/
    [GeneratedRegex("""\G\[\^([A-Za-z0-9_][A-Za-z0-9_-]*)\]:""")]
    private static partial Regex Start();
}
