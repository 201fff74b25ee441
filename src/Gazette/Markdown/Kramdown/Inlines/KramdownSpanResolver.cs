using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Gazette.Markdown.Kramdown.Inlines;

/// <summary>
/// Builds emphasis, links and images from the marks Markdig left in the span text, the way kramdown's
/// recursive span parser does (kramdown: parser/kramdown.rb parse_spans with emphasis.rb
/// parse_emphasis and link.rb parse_link), and strikethrough marks into <c>del</c> elements
/// (kramdown-parser-gfm: parse_strikethrough_gfm). Everything else Markdig parsed (code, HTML,
/// entities, …) is an element kramdown's other span parsers would have made at the same place, so
/// only the marks are decided here.
/// </summary>
internal sealed partial class KramdownSpanResolver
{
    private readonly List<Inline> _tokens;
    private readonly List<ElementKind> _stack = [];
    private readonly Func<string, LinkReferenceDefinition?> _definitions;
    private ElementKind _tree = ElementKind.Other;
    private int _scopeStart;
    private int _openGroups;
    private int _i;

    private KramdownSpanResolver(List<Inline> tokens, int scopeStart, Func<string, LinkReferenceDefinition?> definitions)
    {
        _tokens = tokens;
        _scopeStart = scopeStart;
        _definitions = definitions;
    }

    private enum ElementKind
    {
        Other,
        Em,
        Strong,
        Link,
        Image,
    }

    /// <summary>Resolves the marks among the children of <paramref name="root"/>; <paramref name="definitions"/> finds link definitions by normalised id.</summary>
    public static void Resolve(ContainerInline root, Func<string, LinkReferenceDefinition?> definitions)
    {
        if (!HasMarks(root))
        {
            return;
        }
        var tokens = new List<Inline>();
        Flatten(root, tokens);
        var scope = tokens.OfType<KramdownEmphasisMark>().FirstOrDefault()?.ScopeStart ?? 0;
        var parse = new KramdownSpanResolver(tokens, scope, definitions);
        var children = new List<Inline>();
        parse.ParseSpans(children, ElementKind.Other, stop: null);
        AppendAll(root, children);
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
            if (inline is KramdownEmphasisMark or KramdownStrikeMark or KramdownLinkMark or KramdownTextInline { ElementName.Length: > 0 } || (inline is ContainerInline nested && HasMarks(nested)))
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

    // kramdown: parse_spans collects text and elements into the current element until the stop
    // (an emphasis delimiter, or any link bracket for link text) is found and accepted; an end tag
    // of an enclosing element ends the scan too.
    private bool ParseSpans(List<Inline> target, ElementKind kind, string? stop, Func<bool>? accept = null, bool linkStop = false)
    {
        _stack.Add(_tree);
        _tree = kind;
        var found = false;
        while (_i < _tokens.Count)
        {
            var token = _tokens[_i];
            if (((stop is not null && IsDelimiterAt(_i, stop)) || (linkStop && token is KramdownLinkMark)) && (accept is null || accept()))
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
                case KramdownLinkMark { IsOpening: true }:
                    ParseLink(target);
                    break;
                case KramdownLinkMark close:
                    AddUnusedClose(target, close);
                    _i++;
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
        var start = _tokens[_i];
        target.Add(start);
        _i++;
        _openGroups++;
        ParseSpans(target, ElementKind.Other, stop: null);
        _openGroups--;
        if (_i < _tokens.Count && _tokens[_i] is KramdownTextInline { SpanNesting: -1 } end)
        {
            target.Add(end);
            _i++;
        }
        else if (_i >= _tokens.Count && start is KramdownTextInline { ElementName.Length: > 0 } element)
        {
            target.Add(new KramdownTextInline("</" + element.ElementName + ">", "") { Span = element.Span, Line = element.Line, Column = element.Column });
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
}
