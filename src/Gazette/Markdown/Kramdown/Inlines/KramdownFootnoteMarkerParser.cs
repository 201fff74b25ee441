using System.Text.RegularExpressions;
using Markdig.Helpers;
using Markdig.Parsers;

namespace Gazette.Markdown.Kramdown.Inlines;

/// <summary>
/// Footnote markers (kramdown: parser/kramdown/footnote.rb parse_footnote_marker): <c>[^name]</c>
/// with a definition somewhere in the document; without one the marker is plain text.
/// </summary>
internal sealed partial class KramdownFootnoteMarkerParser : InlineParser
{
    public KramdownFootnoteMarkerParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '^')
        {
            return false;
        }
        var match = Marker().Match(slice.Text, slice.Start, slice.End + 1 - slice.Start);
        if (!match.Success)
        {
            return false;
        }
        var position = processor.GetSourcePosition(slice.Start, out var line, out var column);
        var data = KramdownDocumentData.Of(processor.Document);
        if (data.Footnotes.TryGetValue(match.Groups[1].Value, out var definition))
        {
            processor.Inline = new KramdownFootnoteMarker(definition) { Span = new(position, position + match.Length - 1), Line = line, Column = column };
        }
        else
        {
            processor.Inline = new KramdownEscapedInline(new StringSlice(match.Value)) { Span = new(position, position + match.Length - 1), Line = line, Column = column };
        }
        slice.Start += match.Length;
        return true;
    }

    [GeneratedRegex("""\G\[\^([A-Za-z0-9_][A-Za-z0-9_-]*)\]""")]
    private static partial Regex Marker();
}
