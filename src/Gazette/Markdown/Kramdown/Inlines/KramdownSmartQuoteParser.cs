using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax.Inlines;

namespace Gazette.Markdown.Kramdown.Inlines;

/// <summary>
/// kramdown's smart quotes (kramdown: parser/kramdown/smart_quotes.rb, itself from RubyPants):
/// straight quotes become ‘ ’ “ ” by trying a fixed list of context rules in order.
/// </summary>
internal sealed class KramdownSmartQuoteParser : InlineParser
{
    private const int LeftSingle = 0;
    private const int RightSingle = 1;
    private const int LeftDouble = 2;
    private const int RightDouble = 3;

    private readonly IReadOnlyList<string> _quotes;

    public KramdownSmartQuoteParser(IReadOnlyList<string> quotes)
    {
        _quotes = quotes;
        OpeningCharacters = ['\'', '"'];
    }

    // kramdown: the span scanner stops one character before the quote when that character is plain
    // text (and not a backslash), so the rules see it: "it's" closes, " 'tis" opens. A character that
    // belongs to an element parsed before (a link, a closing emphasis) is not seen.
    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var quoteAt = slice.Start;
        var start = quoteAt;
        if (processor.Inline is LiteralInline previousText and not KramdownEscapedInline
            && previousText.Content.Text is not null && previousText.Content.End == quoteAt - 1
            && ReferenceEquals(previousText.Content.Text, text) && quoteAt > 0 && text[quoteAt - 1] != '\\')
        {
            start = quoteAt - 1;
        }

        var limit = slice.End + 1;
        var hasPrevious = start < quoteAt;
        var previous = hasPrevious ? text[start] : '\0';
        var quote = text[quoteAt];
        var n1 = At(text, quoteAt + 1, limit);
        var n2 = At(text, quoteAt + 2, limit);
        var n3 = At(text, quoteAt + 3, limit);
        var spaceBefore = !hasPrevious || IsSpace(previous);

        // kramdown: smart_quotes.rb SQ_RULES, tried in order at the scan position (the character
        // before the quote when it is plain text, else the quote itself).
        string? literal = null;
        int first;
        var second = -1;
        var consumed = 1;
        if (!hasPrevious && n1 is '_' or '*' && n2 != '\0' && !IsSpace(n2))
        {
            first = Open(quote);
        }
        else if (!hasPrevious && IsPunctuation(n1) && !(n2 == '.' && n3 == '.') && !IsWord(n2))
        {
            first = Close(quote);
        }
        else if (spaceBefore && quote == '"' && n1 == '\'' && IsWord(n2))
        {
            (first, second, consumed) = (LeftDouble, LeftSingle, 2);
        }
        else if (spaceBefore && quote == '\'' && n1 == '"' && IsWord(n2))
        {
            (first, second, consumed) = (LeftSingle, LeftDouble, 2);
        }
        else if (spaceBefore && quote == '\'' && char.IsAsciiDigit(n1) && char.IsAsciiDigit(n2) && n3 == 's')
        {
            first = RightSingle;
        }
        else if (hasPrevious && IsSpace(previous) && IsWord(n1))
        {
            first = Open(quote);
        }
        else if (hasPrevious && !IsCloseBlocker(previous))
        {
            first = Close(quote);
        }
        else if (!hasPrevious && n1 is '\'' or '"')
        {
            // The first quote is taken as the "closing context" character and stays as it is.
            literal = quote.ToString();
            first = Close(n1);
            consumed = 2;
        }
        else if (!hasPrevious && (n1 == '\0' || IsSpace(n1) || (n1 == 's' && !IsWord(n2))))
        {
            first = Close(quote);
        }
        else
        {
            first = Open(quote);
        }

        var position = processor.GetSourcePosition(quoteAt, out var line, out var column);
        Inline result;
        if (literal is null && second < 0)
        {
            result = new KramdownTextInline(_quotes[first], _quotes[first]) { IsEntityText = true };
        }
        else
        {
            var container = new ContainerInline { IsClosed = true };
            if (literal is not null)
            {
                container.AppendChild(new LiteralInline(literal));
            }
            container.AppendChild(new KramdownTextInline(_quotes[first], _quotes[first]) { IsEntityText = true });
            if (second >= 0)
            {
                container.AppendChild(new KramdownTextInline(_quotes[second], _quotes[second]) { IsEntityText = true });
            }
            result = container;
        }
        result.Span = new(position, position + consumed - 1);
        result.Line = line;
        result.Column = column;
        processor.Inline = result;
        slice.Start = quoteAt + consumed;
        return true;
    }

    private static char At(string text, int index, int limit) => index < limit ? text[index] : '\0';

    private static int Open(char quote) => quote == '"' ? LeftDouble : LeftSingle;

    private static int Close(char quote) => quote == '"' ? RightDouble : RightSingle;

    // Ruby's \s and \w are ASCII-only.
    private static bool IsSpace(char c) => c is ' ' or '\t' or '\r' or '\n' or '\f' or '\v';

    private static bool IsWord(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    // kramdown: SQ_PUNCT
    private static bool IsPunctuation(char c) => c is '!' or '"' or '#' or '$' or '%' or '\'' or '(' or ')' or '*' or '+' or ','
        or '-' or '.' or '/' or ':' or ';' or '<' or '=' or '>' or '?' or '@' or '[' or '\\' or ']' or '^' or '_' or '`'
        or '{' or '|' or '}' or '~';

    // kramdown: SQ_CLOSE = [^ \\\t\r\n\[{(-]
    private static bool IsCloseBlocker(char c) => c is ' ' or '\\' or '\t' or '\r' or '\n' or '[' or '{' or '(' or '-';
}
