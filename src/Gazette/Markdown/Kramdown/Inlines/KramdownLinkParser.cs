using System.Text.RegularExpressions;
using Markdig.Helpers;
using Markdig.Parsers;

namespace Gazette.Markdown.Kramdown.Inlines;

/// <summary>
/// Replaces Markdig's CommonMark link parser with kramdown's bracket marks (kramdown:
/// parser/kramdown/link.rb parse_link): <c>[</c> and <c>![</c> open, and a <c>]</c> reads what kramdown reads
/// after the link text: <c>[id]</c> (after optional whitespace, line breaks included), or <c>(url)</c> with
/// spaces and balanced parentheses allowed, <c>(&lt;url&gt;)</c>, and a quoted title that is not empty.
/// <see cref="KramdownSpanResolver"/> later counts the brackets and builds the links.
/// </summary>
internal sealed partial class KramdownLinkParser : InlineParser
{
    public KramdownLinkParser() => OpeningCharacters = ['[', '!', ']'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var at = slice.Start;
        var limit = slice.End + 1;
        var position = processor.GetSourcePosition(at, out var line, out var column);
        switch (slice.CurrentChar)
        {
            // kramdown: LINK_START = /!?\[(?=[^^])/
            case '!' when At(text, at + 1, limit) == '[' && At(text, at + 2, limit) is not ('^' or '\0'):
                processor.Inline = new KramdownLinkMark(KramdownLinkMarkKind.OpenImage, text, at) { Span = new(position, position + 1), Line = line, Column = column };
                slice.Start += 2;
                return true;
            case '[' when At(text, at + 1, limit) is not ('^' or '\0'):
                processor.Inline = new KramdownLinkMark(KramdownLinkMarkKind.Open, text, at) { Span = new(position, position), Line = line, Column = column };
                slice.Start++;
                return true;
            case ']':
                var close = ReadDestination(text, at, limit);
                var length = 1 + close.Consumed.Length;
                processor.Inline = close;
                close.Span = new(position, processor.GetSourcePosition(at + length - 1));
                close.Line = line;
                close.Column = column;
                slice.Start += length;
                return true;
            default:
                return false;
        }
    }

    private static char At(string text, int index, int limit) => index < limit ? text[index] : '\0';

    private static KramdownLinkMark ReadDestination(string text, int at, int limit)
    {
        var from = at + 1;
        if (Reference().Match(text, from, limit - from) is { Success: true } reference)
        {
            return new KramdownLinkMark(KramdownLinkMarkKind.Close, text, at)
            {
                Consumed = reference.Value,
                HasReference = true,
                ReferenceId = reference.Groups[1].Success ? reference.Groups[1].Value : null,
            };
        }
        if (At(text, from, limit) != '(')
        {
            return new KramdownLinkMark(KramdownLinkMarkKind.Close, text, at);
        }

        string url;
        int end;
        if (AngleUrl().Match(text, from, limit - from) is { Success: true } angle)
        {
            url = angle.Groups[1].Value;
            end = from + angle.Length;
            if (At(text, end, limit) == ')')
            {
                return Inline(text, at, end + 1, url, null);
            }
        }
        else
        {
            // kramdown: scan_until /(\()|(\))|\s(?=['"])/, counting parentheses; a space before a
            // quote ends the URL and a title must follow.
            var depth = 0;
            end = from;
            while (end < limit && ParenStop().Match(text, end, limit - end) is { Success: true } stop)
            {
                end = stop.Index + stop.Length;
                if (stop.Groups[2].Success)
                {
                    if (--depth == 0)
                    {
                        break;
                    }
                }
                else if (stop.Groups[1].Success)
                {
                    depth++;
                }
                else
                {
                    break;
                }
            }
            url = end - from >= 2 ? text[(from + 1)..(end - 1)].Trim(RubyWhitespace) : "";
            if (depth == 0)
            {
                return Inline(text, at, end, url, null);
            }
        }
        if (Title().Match(text, end, limit - end) is { Success: true } title)
        {
            return Inline(text, at, end + title.Length, url, title.Groups[2].Value);
        }
        return new KramdownLinkMark(KramdownLinkMarkKind.Close, text, at) { IsInvalidDestination = true };
    }

    private static readonly char[] RubyWhitespace = [' ', '\t', '\n', '\v', '\f', '\r', '\0'];

    private static KramdownLinkMark Inline(string text, int at, int end, string url, string? title) =>
        new(KramdownLinkMarkKind.Close, text, at) { Consumed = text[(at + 1)..end], Url = url, Title = title };

    // kramdown: LINK_INLINE_ID_RE = /\s*?\[([^\]]+)?\]/
    [GeneratedRegex(@"\G[ \t\n\v\f\r]*?\[([^\]]+)?\]")]
    private static partial Regex Reference();

    [GeneratedRegex(@"\G\(<(.*?)>")]
    private static partial Regex AngleUrl();

    // kramdown: LINK_PAREN_STOP_RE = /(\()|(\))|\s(?=['"])/
    [GeneratedRegex(@"(\()|(\))|[ \t\n\v\f\r](?=['""])")]
    private static partial Regex ParenStop();

    // kramdown: LINK_INLINE_TITLE_RE = /\s*?(["'])(.+?)\1\s*?\)/m
    [GeneratedRegex(@"\G[ \t\n\v\f\r]*?([""'])(.+?)\1[ \t\n\v\f\r]*?\)", RegexOptions.Singleline)]
    private static partial Regex Title();
}
