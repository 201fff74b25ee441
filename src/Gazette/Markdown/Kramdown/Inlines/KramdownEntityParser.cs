using System.Text.RegularExpressions;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax.Inlines;

namespace Gazette.Markdown.Kramdown.Inlines;

/// <summary>
/// Character references (kramdown: parser/kramdown/html_entity.rb): a known name or any number is an
/// entity; an unknown name becomes <c>&amp;amp;</c> followed by the rest as text.
/// </summary>
internal sealed partial class KramdownEntityParser : InlineParser
{
    public KramdownEntityParser() => OpeningCharacters = ['&'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var match = EntityPattern().Match(slice.Text, slice.Start, slice.End + 1 - slice.Start);
        if (!match.Success)
        {
            return false;
        }
        var position = processor.GetSourcePosition(slice.Start, out var line, out var column);
        string? value = null;
        if (match.Groups[1].Success)
        {
            value = KramdownEntities.Resolve(match.Groups[1].Value);
        }
        else if (match.Groups[2].Success && int.TryParse(match.Groups[2].Value, out var decimalCode))
        {
            value = KramdownEntities.FromCodePoint(decimalCode);
        }
        else if (match.Groups[3].Success && int.TryParse(match.Groups[3].Value, System.Globalization.NumberStyles.HexNumber, null, out var hexCode))
        {
            value = KramdownEntities.FromCodePoint(hexCode);
        }
        if (value is null)
        {
            processor.Inline = new KramdownTextInline("&amp;", "&") { Span = new(position, position), Line = line, Column = column };
            slice.Start++;
            return true;
        }
        processor.Inline = new HtmlEntityInline
        {
            Original = new StringSlice(slice.Text, match.Index, match.Index + match.Length - 1),
            Transcoded = new StringSlice(value),
            Span = new(position, position + match.Length - 1),
            Line = line,
            Column = column,
        };
        slice.Start += match.Length;
        return true;
    }

    // kramdown: HTML_ENTITY_RE = /&([\w:][\w.:-]*);|&#(\d+);|&\#x([0-9a-fA-F]+);/
    [GeneratedRegex("""\G&(?:([A-Za-z0-9_:][A-Za-z0-9_.:\-]*);|#([0-9]+);|#x([0-9a-fA-F]+);)""")]
    private static partial Regex EntityPattern();
}
