using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax.Inlines;

namespace Gazette.Markdown.Kramdown.Inlines;

/// <summary>
/// Line ends inside a paragraph (kramdown: parser/kramdown/line_break.rb): two spaces before the
/// newline make <c>&lt;br /&gt;</c> (further spaces stay as text), otherwise the newline and any
/// spaces before it are kept as text. With <c>hard_wrap</c> every newline is a break (kramdown-parser-gfm).
/// </summary>
internal sealed class KramdownLineBreakParser : InlineParser
{
    private readonly bool _hardWrap;

    public KramdownLineBreakParser(bool hardWrap)
    {
        _hardWrap = hardWrap;
        OpeningCharacters = ['\n'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var start = slice.Start;
        var position = processor.GetSourcePosition(start, out var line, out var column);
        var hard = _hardWrap;
        if (processor.Inline is LiteralInline literal && literal.Content.Text is not null
            && ReferenceEquals(literal.Content.Text, slice.Text) && literal.Content.End == start - 1
            && literal.Content.Length >= 2 && slice.Text[start - 1] == ' ' && slice.Text[start - 2] == ' ')
        {
            literal.Content.End -= 2;
            hard = true;
        }
        processor.Inline = hard
            ? new LineBreakInline { IsHard = true, Span = new(position, position), Line = line, Column = column }
            : new LiteralInline(new StringSlice(slice.Text, start, start)) { Span = new(position, position), Line = line, Column = column };
        slice.Start++;
        return true;
    }
}
