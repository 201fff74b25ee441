using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax.Inlines;

namespace Gazette.Markdown.Kramdown.Inlines;

/// <summary>
/// kramdown code spans (kramdown: parser/kramdown/codespan.rb): a run of backticks up to the next
/// occurrence of the same run; with two or more backticks one space is trimmed on each side; a
/// single backtick between whitespace is literal. Newlines stay as they are.
/// </summary>
internal sealed class KramdownCodeSpanParser : InlineParser
{
    public KramdownCodeSpanParser() => OpeningCharacters = ['`'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        var end = slice.End;
        var run = 0;
        while (start + run <= end && text[start + run] == '`')
        {
            run++;
        }
        var position = processor.GetSourcePosition(start, out var line, out var column);
        var simple = run == 1;
        var before = start > 0 && IsInline(processor) ? text[start - 1] : '\n';
        var after = start + run <= end ? text[start + run] : '\0';
        if (simple && IsSpace(before) && IsSpace(after))
        {
            return Literal(processor, ref slice, run, position, line, column);
        }
        var close = text.IndexOf(new string('`', run), start + run, end + 1 - (start + run), StringComparison.Ordinal);
        if (close < 0)
        {
            return Literal(processor, ref slice, run, position, line, column);
        }
        var content = text[(start + run)..close];
        if (!simple)
        {
            if (content.StartsWith(' '))
            {
                content = content[1..];
            }
            if (content.EndsWith(' '))
            {
                content = content[..^1];
            }
        }
        processor.Inline = new CodeInline(content)
        {
            Delimiter = '`',
            DelimiterCount = run,
            Span = new(position, processor.GetSourcePosition(close + run - 1)),
            Line = line,
            Column = column,
        };
        slice.Start = close + run;
        return true;
    }

    // kramdown: pre_match =~ /\s\Z|\A\Z/ looks at the text before the backtick in the same span
    // text, so the start of a paragraph counts as whitespace.
    private static bool IsInline(InlineProcessor processor) => processor.Inline is not null;

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v';

    private static bool Literal(InlineProcessor processor, ref StringSlice slice, int run, int position, int line, int column)
    {
        processor.Inline = new KramdownEscapedInline(new StringSlice(slice.Text, slice.Start, slice.Start + run - 1)) { Span = new(position, position + run - 1), Line = line, Column = column };
        slice.Start += run;
        return true;
    }
}
