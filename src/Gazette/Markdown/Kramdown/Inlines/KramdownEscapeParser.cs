using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax.Inlines;

namespace Gazette.Markdown.Kramdown.Inlines;

/// <summary>
/// Backslash escapes with kramdown's character set (kramdown: parser/kramdown/escaped_chars.rb;
/// kramdown-parser-gfm adds <c>~</c>), <c>\&lt;&lt;</c> / <c>\&gt;&gt;</c> (typographic_symbol.rb), and a
/// backslash before a line end as a hard line break (the GFM parser's <c>hard_line_break</c>).
/// </summary>
internal sealed class KramdownEscapeParser : InlineParser
{
    private readonly bool _gfm;

    public KramdownEscapeParser(bool gfm)
    {
        _gfm = gfm;
        OpeningCharacters = ['\\'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var start = slice.Start;
        var next = slice.PeekChar();
        var position = processor.GetSourcePosition(start, out var line, out var column);
        if ((next == '<' || next == '>') && slice.PeekChar(2) == next)
        {
            var html = next == '<' ? "&lt;&lt;" : "&gt;&gt;";
            processor.Inline = new KramdownTextInline(html, next == '<' ? "<<" : ">>")
            {
                Span = new(position, position + 2), Line = line, Column = column,
            };
            slice.Start += 3;
            return true;
        }
        if (next == '\\' && slice.PeekChar(2) == '\n')
        {
            // kramdown: line_break.rb LINE_BREAK also accepts two backslashes before the line end.
            processor.Inline = new LineBreakInline { IsHard = true, Span = new(position, position + 2), Line = line, Column = column };
            slice.Start += 3;
            return true;
        }
        if (next == '\n' && _gfm)
        {
            processor.Inline = new LineBreakInline { IsHard = true, IsBackslash = true, Span = new(position, position + 1), Line = line, Column = column };
            slice.Start += 2;
            return true;
        }
        if (!KramdownEscapes.IsEscapable(next, _gfm))
        {
            return false;
        }
        processor.Inline = new KramdownEscapedInline(new StringSlice(slice.Text, start + 1, start + 1))
        {
            Span = new(position, position + 1), Line = line, Column = column, IsFirstCharacterEscaped = true,
        };
        slice.Start += 2;
        return true;
    }
}
