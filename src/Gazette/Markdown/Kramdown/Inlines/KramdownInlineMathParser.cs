using Markdig.Helpers;
using Markdig.Parsers;

namespace Gazette.Markdown.Kramdown.Inlines;

/// <summary>Inline math (kramdown: parser/kramdown/math.rb INLINE_MATH_START = /\$\$(.*?)\$\$/m, content stripped).</summary>
internal sealed class KramdownInlineMathParser : InlineParser
{
    public KramdownInlineMathParser() => OpeningCharacters = ['$'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '$')
        {
            return false;
        }
        var text = slice.Text;
        var contentStart = slice.Start + 2;
        var close = text.IndexOf("$$", contentStart, slice.End + 1 - contentStart, StringComparison.Ordinal);
        if (close < 0)
        {
            return false;
        }
        var start = processor.GetSourcePosition(slice.Start, out var line, out var column);
        var content = text[contentStart..close].Trim(' ', '\t', '\r', '\n', '\f', '\v');
        processor.Inline = new KramdownMathInline(content) { Span = new(start, processor.GetSourcePosition(close + 1)), Line = line, Column = column };
        slice.Start = close + 2;
        return true;
    }
}
