using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax.Inlines;

namespace Gazette.Markdown.Kramdown.Inlines;

/// <summary>
/// kramdown's typographic symbols (kramdown: parser/kramdown/typographic_symbol.rb): <c>---</c> —,
/// <c>--</c> –, <c>...</c> …, <c>&lt;&lt;</c> «, <c>&gt;&gt;</c> », with a no-break space for
/// <c>"&lt;&lt; "</c> and <c>" &gt;&gt;"</c>.
/// </summary>
internal sealed class KramdownTypographicParser : InlineParser
{
    private readonly IReadOnlyDictionary<string, string> _overrides;

    public KramdownTypographicParser(IReadOnlyDictionary<string, string> overrides)
    {
        _overrides = overrides;
        OpeningCharacters = ['-', '.', '<', '>'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var c = slice.CurrentChar;
        var length = 0;
        string? name = null;
        switch (c)
        {
            case '-' when slice.PeekChar() == '-':
                (name, length) = slice.PeekChar(2) == '-' ? ("mdash", 3) : ("ndash", 2);
                break;
            case '.' when slice.PeekChar() == '.' && slice.PeekChar(2) == '.':
                (name, length) = ("hellip", 3);
                break;
            case '<' when slice.PeekChar() == '<':
                (name, length) = slice.PeekChar(2) == ' ' ? ("laquo_space", 3) : ("laquo", 2);
                break;
            case '>' when slice.PeekChar() == '>':
                (name, length) = ("raquo", 2);
                if (processor.Inline is LiteralInline literal and not KramdownEscapedInline
                    && literal.Content.Length > 0 && literal.Content.End == slice.Start - 1
                    && ReferenceEquals(literal.Content.Text, slice.Text) && slice.Text[slice.Start - 1] == ' ')
                {
                    // kramdown matches " >>" starting at the space, so the space belongs to the symbol.
                    literal.Content.End--;
                    literal.Span.End--;
                    name = "raquo_space";
                }
                break;
            default:
                return false;
        }

        var (html, raw) = Output(name!);
        var start = processor.GetSourcePosition(slice.Start, out var line, out var column);
        processor.Inline = new KramdownTextInline(html, raw) { IsEntityText = _overrides.Count == 0 || !_overrides.ContainsKey(name!), Span = new(start, start + length - 1), Line = line, Column = column };
        slice.Start += length;
        return true;
    }

    // kramdown: converter/html.rb convert_typographic_sym; kramdown-parser-gfm update_raw_text uses
    // the same characters (with a no-break space) for header ids.
    private (string Html, string Raw) Output(string name)
    {
        if (_overrides.TryGetValue(name, out var custom))
        {
            var escaped = new System.Text.StringBuilder();
            KramdownEscaping.AppendText(escaped, custom);
            return (escaped.ToString(), custom);
        }
        return name switch
        {
            "mdash" => ("\u2014", "\u2014"),
            "ndash" => ("\u2013", "\u2013"),
            "hellip" => ("\u2026", "\u2026"),
            "laquo_space" => ("\u00AB\u00A0", "\u00AB\u00A0"),
            "raquo_space" => ("\u00A0\u00BB", "\u00A0\u00BB"),
            "laquo" => ("\u00AB", "\u00AB"),
            _ => ("\u00BB", "\u00BB"),
        };
    }
}
