using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Gazette.Markdown.Kramdown.Inlines;

/// <summary>
/// Replaces Markdig's CommonMark delimiter-run emphasis: every <c>*</c> and <c>_</c> becomes a
/// <see cref="KramdownEmphasisMark"/>, and <see cref="KramdownSpanResolver"/> later pairs them with
/// kramdown's recursive rules (kramdown: parser/kramdown/emphasis.rb).
/// </summary>
internal sealed class KramdownEmphasisMarkParser : InlineParser
{
    public KramdownEmphasisMarkParser() => OpeningCharacters = ['*', '_'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var position = processor.GetSourcePosition(slice.Start, out var line, out var column);
        processor.Inline = new KramdownEmphasisMark(slice.CurrentChar, slice.Text, slice.Start, ScopeStart(processor, slice))
        {
            Span = new(position, position), Line = line, Column = column,
        };
        slice.Start++;
        return true;
    }

    // Markdig hands a one-line block its line inside the document text, and several lines joined
    // into a new string; kramdown scans the block's text alone.
    private static int ScopeStart(InlineProcessor processor, StringSlice slice)
    {
        if (processor.Block is LeafBlock { Lines.Count: > 0 } leaf)
        {
            var first = leaf.Lines.Lines[0].Slice;
            if (ReferenceEquals(first.Text, slice.Text))
            {
                return first.Start;
            }
        }
        return 0;
    }
}
