using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Gazette.Markdown.Kramdown.Blocks;

/// <summary>
/// kramdown's lists (kramdown: parser/kramdown/list.rb parse_list). The item marker fixes an
/// indentation; following lines belong to the item when they are indented that far, when they are
/// lazy continuation lines (not after a blank line), or blank. The item's lines, with that
/// indentation removed, are parsed as a block sequence of their own by a child block processor,
/// as kramdown parses each item's text recursively.
/// </summary>
internal sealed class KramdownListParser : BlockParser
{
    private readonly bool _interruptsParagraphs;

    public KramdownListParser(bool interruptsParagraphs)
    {
        _interruptsParagraphs = interruptsParagraphs;
        OpeningCharacters = ['*', '+', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
    }

    // kramdown: only with the GFM paragraph_end quirk does a list start end a paragraph.
    public override bool CanInterrupt(BlockProcessor processor, Block block) =>
        block is not ParagraphBlock || (_interruptsParagraphs && KramdownParagraphEnd.IsListStart(processor));

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }
        var line = processor.Line;
        var indent = processor.Indent;
        if (!TryReadMarker(line.Text, line.Start, line.End, out var ordered, out var markerEnd))
        {
            return BlockState.None;
        }
        var list = new ListBlock(this)
        {
            IsOrdered = ordered,
            BulletType = ordered ? '1' : line.CurrentChar,
            Column = processor.Column,
            Span = new SourceSpan(line.Start, line.End),
        };
        var state = new ListState(list);
        list.SetData(typeof(ListState), state);
        processor.NewBlocks.Push(list);
        StartItem(processor, state, new StringSlice(line.Text, markerEnd, line.End, line.NewLine), indent + (markerEnd - line.Start));
        return BlockState.ContinueDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        if (block is not ListBlock list || list.GetData(typeof(ListState)) is not ListState state)
        {
            return BlockState.Continue;
        }
        var raw = processor.Line;
        raw.Start = processor.StartBeforeIndent;
        var text = raw.Text;
        var leadingSpaces = CountSpaces(text, raw.Start, raw.End);
        var isBlank = processor.IsBlankLine;

        if (state.LastIsBlank && KramdownLineRules.IsHorizontalRule(raw))
        {
            return BlockState.None;
        }
        if (leadingSpaces == 0 && raw.CurrentChar == '^' && KramdownLineRules.IsBlank(text, raw.Start + 1, raw.End))
        {
            state.EobFound = true;
            state.BlankBeforeEob = state.LastIsBlank;
            return BlockState.BreakDiscard;
        }
        if (!isBlank && leadingSpaces < Math.Min(state.Indentation, 4) && leadingSpaces <= 3
            && TryReadMarker(text, raw.Start + leadingSpaces, raw.End, out var ordered, out var markerEnd) && ordered == list.IsOrdered)
        {
            FinishItem(state);
            StartItem(processor, state, new StringSlice(text, markerEnd, raw.End, raw.NewLine), markerEnd - raw.Start);
            return BlockState.ContinueDiscard;
        }
        if (isBlank)
        {
            state.NestedListFound = true;
            state.LastIsBlank = true;
            Feed(processor, state, new StringSlice(text, raw.Start, raw.Start - 1, raw.NewLine));
            return BlockState.ContinueDiscard;
        }
        var content = KramdownLineRules.StripIndentation(raw, state.Indentation, out var indentationFound, out var column);
        if (indentationFound || (!state.LastIsBlank && KramdownLineRules.IsLazyLine(raw, Math.Min(state.Indentation, 3))))
        {
            if (state.NestedListFound && !indentationFound && KramdownLineRules.IsListStart(content, column))
            {
                // kramdown: an unindented list start after a nested list stays inside the item.
                content = new StringSlice(new string(' ', state.Indentation + 4) + content.ToString(), raw.NewLine);
            }
            else if (!state.NestedListFound && indentationFound && KramdownLineRules.IsListStart(content, column))
            {
                // kramdown starts a new text chunk for the nested list, so nothing open continues into it.
                state.NestedListFound = true;
                if (state.Item is { Count: > 0 } current && current[^1].IsOpen)
                {
                    state.Child!.Close(current[^1]);
                }
            }
            state.LastIsBlank = false;
            Feed(processor, state, content, column);
            state.Item!.UpdateSpanEnd(raw.End);
            list.UpdateSpanEnd(raw.End);
            return BlockState.ContinueDiscard;
        }
        return BlockState.None;
    }

    public override bool Close(BlockProcessor processor, Block block)
    {
        if (block is ListBlock list && list.GetData(typeof(ListState)) is ListState state)
        {
            FinishItem(state);
            list.RemoveData(typeof(ListState));
            list.SetData(typeof(KramdownListInfo), new KramdownListInfo(state.EobFound, state.BlankBeforeEob));
        }
        return true;
    }

    private void StartItem(BlockProcessor processor, ListState state, StringSlice content, int markerIndentation)
    {
        var item = new ListItemBlock(this)
        {
            Column = processor.Column,
            Span = new SourceSpan(content.Start, content.End),
            IsOpen = true,
        };
        state.List.Add(item);
        state.Indentation = KramdownLineRules.FirstLineIndentation(ref content, markerIndentation, out var ial);
        if (ial is not null)
        {
            KramdownAttributes.For(item).Apply(ial, KramdownDocumentData.Of(processor.Document).Alds);
        }
        state.Item = item;
        state.LastIsBlank = false;
        state.NestedListFound = KramdownLineRules.IsListStart(content);
        state.Child = processor.CreateChild();
        state.Child.Open(item);
        Feed(processor, state, content);
    }

    private static void Feed(BlockProcessor processor, ListState state, StringSlice content, int column = 0)
    {
        var child = state.Child!;
        child.LineIndex = processor.LineIndex;
        child.ProcessLinePart(content, column);
    }

    private static void FinishItem(ListState state)
    {
        if (state.Child is { } child && state.Item is { } item)
        {
            child.Close(item);
            child.ReleaseChild();
        }
        state.Child = null;
    }

    private static int CountSpaces(string text, int start, int end)
    {
        var i = start;
        while (i <= end && text[i] == ' ')
        {
            i++;
        }
        return i - start;
    }

    // kramdown: LIST_START_UL = /^( {0,3}[+*-])([\t| ].*?\n)/, LIST_START_OL = /^( {0,3}\d+\.)(…)/.
    private static bool TryReadMarker(string text, int start, int end, out bool ordered, out int markerEnd)
    {
        ordered = false;
        markerEnd = start;
        if (start > end)
        {
            return false;
        }
        var i = start;
        if (text[i] is '*' or '+' or '-')
        {
            i++;
        }
        else
        {
            while (i <= end && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
            if (i == start || i > end || text[i] != '.')
            {
                return false;
            }
            i++;
            ordered = true;
        }
        if (i > end || text[i] is not ('\t' or ' ' or '|'))
        {
            return false;
        }
        markerEnd = i;
        return true;
    }

    private sealed class ListState(ListBlock list)
    {
        public ListBlock List { get; } = list;

        public ListItemBlock? Item { get; set; }

        public BlockProcessor? Child { get; set; }

        public int Indentation { get; set; }

        public bool LastIsBlank { get; set; }

        public bool NestedListFound { get; set; }

        public bool EobFound { get; set; }

        public bool BlankBeforeEob { get; set; }
    }
}
