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
        // Markdig's literal parser drops the spaces before a line end, so they are counted in the text.
        var text = slice.Text;
        var start = slice.Start;
        var spaces = 0;
        while (start - spaces - 1 >= 0 && text[start - spaces - 1] == ' ' && IsInSameText(processor, text, start - spaces - 1))
        {
            spaces++;
        }
        var position = processor.GetSourcePosition(start, out var line, out var column);
        slice.Start++;
        if (spaces < 2 && !_hardWrap)
        {
            processor.Inline = new LiteralInline(new StringSlice(text, start - spaces, start)) { Span = new(position - spaces, position), Line = line, Column = column };
            return true;
        }
        var lineBreak = new LineBreakInline { IsHard = true, Span = new(position, position), Line = line, Column = column };
        // With hard_wrap the GFM parser has no two-space break rule: the spaces stay as text.
        var keep = _hardWrap ? spaces : spaces - 2;
        if (keep <= 0)
        {
            processor.Inline = lineBreak;
            return true;
        }
        var container = new ContainerInline { IsClosed = true, Span = new(position - spaces, position), Line = line, Column = column };
        container.AppendChild(new LiteralInline(new StringSlice(text, start - spaces, start - spaces + keep - 1)));
        container.AppendChild(lineBreak);
        processor.Inline = container;
        return true;
    }

    // The spaces must belong to this paragraph's text, not to a construct parsed before them.
    private static bool IsInSameText(InlineProcessor processor, string text, int index) =>
        processor.Inline is not null && index >= 0 && text[index] == ' ';
}
