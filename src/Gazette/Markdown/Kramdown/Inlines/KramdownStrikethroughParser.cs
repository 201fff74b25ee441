using System.Text.RegularExpressions;
using Markdig.Helpers;
using Markdig.Parsers;

namespace Gazette.Markdown.Kramdown.Inlines;

/// <summary>
/// GFM strikethrough as kramdown-parser-gfm finds it (gfm.rb STRIKETHROUGH_MATCH): <c>~~</c> not
/// followed by a space or <c>~</c>, then the shortest text up to a <c>~~</c> that follows neither a
/// space nor a <c>~</c>. The text in between is parsed on its own (a new scanner), so nested
/// strikethrough must end inside it.
/// </summary>
internal sealed partial class KramdownStrikethroughParser : InlineParser
{
    public KramdownStrikethroughParser() => OpeningCharacters = ['~'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var at = slice.Start;
        if (slice.PeekChar() != '~')
        {
            return false;
        }
        var open = processor.GetParserState(this, () => new Stack<int>());
        while (open.Count > 0 && open.Peek() < at)
        {
            // The closing ~~ went into another element (a code span); that strikethrough stays unclosed.
            open.Pop();
        }
        var position = processor.GetSourcePosition(at, out var line, out var column);
        if (open.Count > 0 && open.Peek() == at)
        {
            open.Pop();
            processor.Inline = new KramdownStrikeMark(isOpening: false, 0) { Span = new(position, position + 1), Line = line, Column = column };
            slice.Start += 2;
            return true;
        }
        var limit = open.Count > 0 ? open.Peek() : slice.End + 1;
        var match = Strikethrough().Match(text, at, limit - at);
        if (!match.Success)
        {
            return false;
        }
        open.Push(match.Index + match.Length - 2);
        processor.Inline = new KramdownStrikeMark(isOpening: true, at + 2) { Span = new(position, position + 1), Line = line, Column = column };
        slice.Start += 2;
        return true;
    }

    // kramdown-parser-gfm: STRIKETHROUGH_MATCH = /~~(?!\s|~).*?[^\s~]~~/m
    [GeneratedRegex(@"\G~~(?![ \t\r\n\f\v~]).*?[^ \t\r\n\f\v~]~~", RegexOptions.Singleline)]
    private static partial Regex Strikethrough();
}
