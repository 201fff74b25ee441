using Markdig.Syntax.Inlines;

namespace Gazette.Markdown.Kramdown.Inlines;

internal sealed partial class KramdownSpanResolver
{
    // kramdown: parse_emphasis. The delimiter is one or two marks; "_" after a word, a space after
    // the delimiter, or an enclosing element of the same kind make it text.
    private void ParseEmphasis(List<Inline> target)
    {
        var start = _i;
        var mark = (KramdownEmphasisMark)_tokens[start];
        var length = IsDelimiterAt(start, new string(mark.Character, 2)) ? 2 : 1;
        var kind = length == 2 ? ElementKind.Strong : ElementKind.Em;
        var type = mark.Character;
        var after = mark.Index + length;
        if ((type == '_' && FollowsWord(mark)) || (after < mark.Text.Length && IsSpace(mark.Text[after]))
            || _tree == kind || _stack.Contains(kind))
        {
            AddText(target, start, length);
            return;
        }

        _i = start + length;
        var (found, children, delimiter) = SubParse(new string(type, length), kind, type);
        if (!found && kind == ElementKind.Strong && _tree != ElementKind.Em)
        {
            // kramdown: the second mark is not skipped but parsed as the em's first content.
            _i = start + 1;
            (found, children, delimiter) = SubParse(type.ToString(), ElementKind.Em, type);
            kind = ElementKind.Em;
        }
        if (!found)
        {
            _i = start;
            AddText(target, start, length);
            return;
        }
        var closing = _tokens[_i + delimiter.Length - 1];
        var emphasis = new EmphasisInline
        {
            DelimiterChar = type,
            DelimiterCount = kind == ElementKind.Strong ? 2 : 1,
            Span = new(mark.Span.Start, closing.Span.End),
            Line = mark.Line,
            Column = mark.Column,
            IsClosed = true,
        };
        AppendAll(emphasis, children);
        target.Add(emphasis);
        _i += delimiter.Length;
    }

    private (bool Found, List<Inline> Children, string Delimiter) SubParse(string delimiter, ElementKind kind, char type)
    {
        var children = new List<Inline>();
        var found = ParseSpans(children, kind, delimiter, () =>
        {
            var mark = (KramdownEmphasisMark)_tokens[_i];
            var text = mark.Text;
            var at = mark.Index;
            var end = at + delimiter.Length;
            // kramdown: no space before the closing delimiter; an em does not close at a double
            // delimiter (unless a third follows); "_" does not close before a letter or digit.
            return (at <= _scopeStart || !IsSpace(text[at - 1]))
                && (kind != ElementKind.Em || !IsDoubledAt(text, at, delimiter))
                && (type != '_' || end >= text.Length || !IsAlphanumeric(text[end]))
                && children.Count > 0;
        });
        return (found, children, delimiter);
    }

    private bool IsDelimiterAt(int index, string delimiter)
    {
        if (index + delimiter.Length > _tokens.Count || _tokens[index] is not KramdownEmphasisMark first)
        {
            return false;
        }
        for (var k = 0; k < delimiter.Length; k++)
        {
            if (_tokens[index + k] is not KramdownEmphasisMark mark || mark.Character != delimiter[k]
                || !ReferenceEquals(mark.Text, first.Text) || mark.Index != first.Index + k)
            {
                return false;
            }
        }
        return true;
    }

    private void AddText(List<Inline> target, int start, int length)
    {
        for (var k = 0; k < length; k++)
        {
            var mark = (KramdownEmphasisMark)_tokens[start + k];
            target.Add(new LiteralInline(mark.Character.ToString()) { Span = mark.Span, Line = mark.Line, Column = mark.Column });
        }
        _i = start + length;
    }

    // kramdown: /#{delim * 2}(?!#{delim})/ at the candidate closing position.
    private static bool IsDoubledAt(string text, int at, string delimiter)
    {
        var c = delimiter[0];
        var doubled = delimiter.Length * 2;
        if (at + doubled > text.Length)
        {
            return false;
        }
        for (var k = 0; k < doubled; k++)
        {
            if (text[at + k] != c)
            {
                return false;
            }
        }
        return !text.AsSpan(at + doubled).StartsWith(delimiter, StringComparison.Ordinal);
    }

    // kramdown: @src.pre_match =~ /[[:alpha:]]-?[[:alpha:]]*_*\z/
    private bool FollowsWord(KramdownEmphasisMark mark)
    {
        var text = mark.Text;
        var j = mark.Index - 1;
        while (j >= _scopeStart && text[j] == '_')
        {
            j--;
        }
        var letters = j;
        while (j >= _scopeStart && IsAlpha(text[j]))
        {
            j--;
        }
        if (j < letters)
        {
            return true;
        }
        return j - 1 >= _scopeStart && text[j] == '-' && IsAlpha(text[j - 1]);
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v';

    private static bool IsAlpha(char c) => char.IsLetter(c);

    private static bool IsAlphanumeric(char c) => char.IsLetterOrDigit(c);
}
