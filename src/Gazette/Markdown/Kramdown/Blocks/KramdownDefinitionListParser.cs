using Markdig.Extensions.DefinitionLists;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Gazette.Markdown.Kramdown.Blocks;

/// <summary>
/// kramdown's definition lists (kramdown: parser/kramdown/list.rb parse_definition_list): the lines
/// of the paragraph just before a <c>:</c> line are the terms; each <c>:</c> starts a definition whose
/// lines follow the same indentation and laziness rules as list items. A definition list right after
/// another one (only blank lines between) continues it.
/// </summary>
internal sealed class KramdownDefinitionListParser : BlockParser
{
    public KramdownDefinitionListParser() => OpeningCharacters = [':'];

    public override bool CanInterrupt(BlockProcessor processor, Block block) =>
        block is not ParagraphBlock || KramdownParagraphEnd.IsDefinitionStart(processor);

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent || !KramdownParagraphEnd.IsDefinitionStart(processor))
        {
            return BlockState.None;
        }
        var container = processor.CurrentContainer;
        if (container is null || container.Count == 0 || container[^1] is not ParagraphBlock terms)
        {
            return BlockState.None;
        }
        var source = processor.Line.Text;
        var firstAsPara = false;
        if (KramdownSourceText.HasBlankLineBetween(source, terms.Span.End, processor.Line.Start))
        {
            // kramdown: exactly one empty line may separate the terms from the definition; then
            // the definition's first paragraph keeps its <p>.
            if (!IsSingleEmptyLineBetween(source, terms.Span.End, processor.Line.Start))
            {
                return BlockState.None;
            }
            firstAsPara = true;
        }

        processor.Discard(terms);
        terms.Parent?.Remove(terms);
        var alds = KramdownDocumentData.Of(processor.Document).Alds;
        var list = container.Count > 0 && container[^1] is DefinitionList previous ? previous : null;
        if (list is null)
        {
            list = new DefinitionList(this) { Column = terms.Column, Span = new SourceSpan(terms.Span.Start, processor.Line.End) };
        }
        else
        {
            container.RemoveAt(container.Count - 1);
        }
        list.IsOpen = true;
        for (var i = 0; i < terms.Lines.Count; i++)
        {
            var line = terms.Lines.Lines[i];
            var slice = line.Slice;
            var term = new DefinitionTerm(this) { Column = terms.Column, Span = new SourceSpan(slice.Start, slice.End), IsOpen = false };
            if (KramdownLineRules.TakeItemIal(ref slice) is { } ial)
            {
                KramdownAttributes.For(term).Apply(ial, alds);
            }
            term.AppendLine(ref slice, line.Column, line.Line, line.Position, false);
            list.Add(term);
        }
        var state = new DefinitionState(list);
        list.SetData(typeof(DefinitionState), state);
        processor.NewBlocks.Push(list);
        StartDefinition(processor, state, processor.Line, firstAsPara);
        return BlockState.ContinueDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        if (block is not DefinitionList list || list.GetData(typeof(DefinitionState)) is not DefinitionState state)
        {
            return BlockState.None;
        }
        var raw = processor.Line;
        raw.Start = processor.StartBeforeIndent;
        var text = raw.Text;
        var spaces = 0;
        while (raw.Start + spaces <= raw.End && text[raw.Start + spaces] == ' ')
        {
            spaces++;
        }
        if (!processor.IsBlankLine && spaces < Math.Min(state.Indentation, 4) && raw.Start + spaces + 1 <= raw.End
            && text[raw.Start + spaces] == ':' && text[raw.Start + spaces + 1] is '\t' or ' ' or '|')
        {
            FinishDefinition(state);
            var line = raw;
            line.Start += spaces;
            StartDefinition(processor, state, line, state.FirstAsPara);
            return BlockState.ContinueDiscard;
        }
        if (spaces == 0 && raw.CurrentChar == '^' && KramdownLineRules.IsBlank(text, raw.Start + 1, raw.End))
        {
            return BlockState.None;
        }
        if (processor.IsBlankLine)
        {
            state.FirstAsPara = true;
            state.LastIsBlank = true;
            Feed(processor, state, new StringSlice(text, raw.Start, raw.Start - 1, raw.NewLine), 0);
            return BlockState.ContinueDiscard;
        }
        var content = KramdownLineRules.StripIndentation(raw, state.Indentation, out var found, out var column);
        if (found || (!state.LastIsBlank && KramdownLineRules.IsLazyLine(raw, Math.Min(state.Indentation, 3))))
        {
            state.FirstAsPara = false;
            state.LastIsBlank = false;
            Feed(processor, state, content, column);
            list.UpdateSpanEnd(raw.End);
            return BlockState.ContinueDiscard;
        }
        return BlockState.None;
    }

    public override bool Close(BlockProcessor processor, Block block)
    {
        if (block is DefinitionList list && list.GetData(typeof(DefinitionState)) is DefinitionState state)
        {
            FinishDefinition(state);
            list.RemoveData(typeof(DefinitionState));
        }
        return true;
    }

    private void StartDefinition(BlockProcessor processor, DefinitionState state, StringSlice line, bool firstAsPara)
    {
        // line starts at the ':' marker.
        var markerIndentation = processor.Indent + 1;
        var content = new StringSlice(line.Text, line.Start + 1, line.End, line.NewLine);
        var definition = new KramdownDefinition(this) { Column = processor.Column, Span = new SourceSpan(line.Start, line.End), IsOpen = true, FirstAsPara = firstAsPara };
        state.Indentation = KramdownLineRules.FirstLineIndentation(ref content, markerIndentation, out var ial);
        if (ial is not null)
        {
            KramdownAttributes.For(definition).Apply(ial, KramdownDocumentData.Of(processor.Document).Alds);
        }
        state.List.Add(definition);
        state.Definition = definition;
        state.FirstAsPara = false;
        state.LastIsBlank = false;
        state.Child = processor.CreateChild();
        state.Child.Open(definition);
        Feed(processor, state, content, 0);
    }

    private static void Feed(BlockProcessor processor, DefinitionState state, StringSlice content, int column)
    {
        var child = state.Child!;
        child.LineIndex = processor.LineIndex;
        child.ProcessLinePart(content, column);
        state.Definition!.UpdateSpanEnd(content.End);
    }

    private static void FinishDefinition(DefinitionState state)
    {
        if (state.Child is { } child && state.Definition is { } definition)
        {
            child.Close(definition);
            child.ReleaseChild();
        }
        state.Child = null;
    }

    private static bool IsSingleEmptyLineBetween(string source, int end, int start)
    {
        var newline = source.IndexOf('\n', end);
        if (newline < 0 || newline + 1 >= start)
        {
            return false;
        }
        var lineStart = newline + 1;
        return source[lineStart] == '\n' && source.LastIndexOf('\n', start - 1) == lineStart;
    }

    private sealed class DefinitionState(DefinitionList list)
    {
        public DefinitionList List { get; } = list;

        public KramdownDefinition? Definition { get; set; }

        public BlockProcessor? Child { get; set; }

        public int Indentation { get; set; }

        public bool LastIsBlank { get; set; }

        public bool FirstAsPara { get; set; }
    }
}
