using Markdig.Syntax.Inlines;

namespace Gazette.Markdown.Kramdown.Inlines;

/// <summary>
/// Turns <see cref="KramdownEmphasisMark"/>s into emphasis the way kramdown's recursive span parser
/// does (kramdown: parser/kramdown/emphasis.rb parse_emphasis with parser/kramdown.rb parse_spans),
/// and strikethrough marks into <c>del</c> elements (kramdown-parser-gfm: parse_strikethrough_gfm).
/// Everything else Markdig parsed (code, links, HTML, entities, …) is an element kramdown's other
/// span parsers would have made at the same place, so only the marks are decided here.
/// </summary>
internal sealed class KramdownEmphasis
{
    private readonly List<Inline> _tokens;
    private readonly List<ElementKind> _stack = [];
    private ElementKind _tree = ElementKind.Other;
    private int _scopeStart;
    private int _openGroups;
    private int _i;

    private KramdownEmphasis(List<Inline> tokens, int scopeStart, IEnumerable<ElementKind> ancestors)
    {
        _tokens = tokens;
        _scopeStart = scopeStart;
        _stack.AddRange(ancestors);
    }

    private enum ElementKind
    {
        Other,
        Em,
        Strong,
    }

    /// <summary>Resolves the marks among the children of <paramref name="root"/> (and inside its links).</summary>
    public static void Resolve(ContainerInline root) => Resolve(root, []);

    // A link's text is parsed by parse_spans inside whatever emphasis encloses the link.
    private static void Resolve(ContainerInline root, List<ElementKind> ancestors)
    {
        if (!HasMarks(root))
        {
            return;
        }
        var tokens = new List<Inline>();
        Flatten(root, tokens);
        var scope = tokens.OfType<KramdownEmphasisMark>().FirstOrDefault()?.ScopeStart ?? 0;
        var parse = new KramdownEmphasis(tokens, scope, ancestors);
        var children = new List<Inline>();
        parse.ParseSpans(children, ElementKind.Other, stop: null);
        AppendAll(root, children);
        ResolveLinks(root, [.. ancestors, ElementKind.Other]);
    }

    // An attempt that failed may have put inlines into an element already; the final parse takes them over.
    private static void AppendAll(ContainerInline container, List<Inline> children)
    {
        foreach (var child in children)
        {
            if (child.Parent is not null)
            {
                child.Remove();
            }
            container.AppendChild(child);
        }
    }

    private static bool HasMarks(ContainerInline container)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is KramdownEmphasisMark or KramdownStrikeMark || (inline is ContainerInline nested && HasMarks(nested)))
            {
                return true;
            }
        }
        return false;
    }

    // A line break with its spaces and an unmatched "[" (with what follows it) are plain parts of
    // the text flow; links keep their own content.
    private static void Flatten(ContainerInline container, List<Inline> tokens)
    {
        var inline = container.FirstChild;
        while (inline is not null)
        {
            var next = inline.NextSibling;
            inline.Remove();
            switch (inline)
            {
                case DelimiterInline delimiter:
                    tokens.Add(new LiteralInline(delimiter.ToLiteral()) { Span = delimiter.Span, Line = delimiter.Line, Column = delimiter.Column });
                    Flatten(delimiter, tokens);
                    break;
                case ContainerInline plain when plain.GetType() == typeof(ContainerInline):
                    Flatten(plain, tokens);
                    break;
                default:
                    tokens.Add(inline);
                    break;
            }
            inline = next;
        }
    }

    private static void ResolveLinks(ContainerInline container, List<ElementKind> ancestors)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LinkInline link:
                    Resolve(link, ancestors);
                    break;
                case EmphasisInline { DelimiterChar: '~' } del:
                    ResolveLinks(del, [ElementKind.Other]);
                    break;
                case EmphasisInline emphasis:
                    ResolveLinks(emphasis, [.. ancestors, emphasis.DelimiterCount == 2 ? ElementKind.Strong : ElementKind.Em]);
                    break;
                case ContainerInline nested:
                    ResolveLinks(nested, ancestors);
                    break;
                default:
                    break;
            }
        }
    }

    // kramdown: parse_spans collects text and elements into the current element until the stop
    // delimiter is found and accepted; an end tag of an enclosing element ends the scan too.
    private bool ParseSpans(List<Inline> target, ElementKind kind, string? stop, Func<bool>? accept = null)
    {
        _stack.Add(_tree);
        _tree = kind;
        var found = false;
        while (_i < _tokens.Count)
        {
            var token = _tokens[_i];
            if (stop is not null && IsDelimiterAt(_i, stop) && (accept is null || accept()))
            {
                found = true;
                break;
            }
            if (IsClosing(token))
            {
                if (_openGroups > 0)
                {
                    break;
                }
                // An end without its start (its start went into another element) stays text.
                target.Add(token is KramdownStrikeMark ? new LiteralInline("~~") { Span = token.Span, Line = token.Line, Column = token.Column } : token);
                _i++;
                continue;
            }
            switch (token)
            {
                case KramdownEmphasisMark:
                    ParseEmphasis(target);
                    break;
                case KramdownStrikeMark { IsOpening: true } strike:
                    ParseStrikethrough(target, strike);
                    break;
                case KramdownTextInline { SpanNesting: 1 }:
                    ParseHtmlElement(target);
                    break;
                default:
                    target.Add(token);
                    _i++;
                    break;
            }
        }
        _tree = _stack[^1];
        _stack.RemoveAt(_stack.Count - 1);
        return found;
    }

    private static bool IsClosing(Inline token) =>
        token is KramdownStrikeMark { IsOpening: false } or KramdownTextInline { SpanNesting: -1 };

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

    // kramdown-parser-gfm: parse_strikethrough_gfm parses the struck text with a fresh scanner and
    // an empty element stack.
    private void ParseStrikethrough(List<Inline> target, KramdownStrikeMark open)
    {
        var closeIndex = FindClosing(_i, t => t is KramdownStrikeMark { IsOpening: false });
        if (closeIndex < 0)
        {
            target.Add(new LiteralInline("~~") { Span = open.Span, Line = open.Line, Column = open.Column });
            _i++;
            return;
        }
        var start = _i;
        var outer = (_stack.ToList(), _tree, _scopeStart);
        _stack.Clear();
        _tree = ElementKind.Other;
        _scopeStart = open.ContentStart;
        _i++;
        var children = new List<Inline>();
        _openGroups++;
        ParseSpans(children, ElementKind.Other, stop: null);
        _openGroups--;
        (_tree, _scopeStart) = (outer._tree, outer._scopeStart);
        _stack.Clear();
        _stack.AddRange(outer.Item1);
        if (_i >= _tokens.Count || _tokens[_i] is not KramdownStrikeMark { IsOpening: false } close)
        {
            // An end tag of an enclosing element came first: kramdown's regex saw other text.
            _i = start + 1;
            target.Add(new LiteralInline("~~") { Span = open.Span, Line = open.Line, Column = open.Column });
            return;
        }
        var del = new EmphasisInline
        {
            DelimiterChar = '~',
            DelimiterCount = 2,
            Span = new(open.Span.Start, close.Span.End),
            Line = open.Line,
            Column = open.Column,
            IsClosed = true,
        };
        AppendAll(del, children);
        target.Add(del);
        _i++;
    }

    // kramdown: a span HTML element's content is parsed by parse_spans up to its end tag.
    private void ParseHtmlElement(List<Inline> target)
    {
        target.Add(_tokens[_i]);
        _i++;
        _openGroups++;
        ParseSpans(target, ElementKind.Other, stop: null);
        _openGroups--;
        if (_i < _tokens.Count && _tokens[_i] is KramdownTextInline { SpanNesting: -1 } end)
        {
            target.Add(end);
            _i++;
        }
    }

    private int FindClosing(int from, Func<Inline, bool> isClose)
    {
        var depth = 0;
        for (var j = from + 1; j < _tokens.Count; j++)
        {
            if (_tokens[j] is KramdownStrikeMark { IsOpening: true })
            {
                depth++;
            }
            else if (isClose(_tokens[j]) && depth-- == 0)
            {
                return j;
            }
        }
        return -1;
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
