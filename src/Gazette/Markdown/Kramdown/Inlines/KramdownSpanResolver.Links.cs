using System.Text;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Gazette.Markdown.Kramdown.Inlines;

internal sealed partial class KramdownSpanResolver
{
    // kramdown: parse_link. No link inside a link (images are allowed); the link text runs to the
    // "]" that balances the brackets (an image counts as balanced); then a reference, the text as
    // its own reference, or the inline destination the "]" read. Anything else makes "[" text and
    // the scan goes on right after it.
    private void ParseLink(List<Inline> target)
    {
        var start = _i;
        var open = (KramdownLinkMark)_tokens[start];
        var isImage = open.Kind == KramdownLinkMarkKind.OpenImage;
        if (!isImage && (_tree is ElementKind.Link or ElementKind.Image || _stack.Contains(ElementKind.Link) || _stack.Contains(ElementKind.Image)))
        {
            AddLiteral(target, "[", open);
            _i++;
            return;
        }

        _i++;
        var children = new List<Inline>();
        var count = 1;
        var found = ParseSpans(children, isImage ? ElementKind.Image : ElementKind.Link, stop: null, () =>
        {
            count += ((KramdownLinkMark)_tokens[_i]).Kind == KramdownLinkMarkKind.Close ? -1 : 1;
            return count - children.Count(c => c is LinkInline { IsImage: true }) == 0;
        }, linkStop: true);
        var close = found ? (KramdownLinkMark)_tokens[_i] : null;
        var destination = close is null ? null : Destination(open, close);
        if (close is null || destination is null)
        {
            _i = start;
            AddLiteral(target, isImage ? "![" : "[", open);
            _i = start + 1;
            return;
        }

        _i++;
        var (url, title, definition, altText) = destination.Value;
        var link = new LinkInline(url, title ?? "")
        {
            IsImage = isImage,
            Reference = definition,
            Span = new(open.Span.Start, close.Span.End),
            Line = open.Line,
            Column = open.Column,
            IsClosed = true,
        };
        if (isImage)
        {
            KramdownLinkText.SetAltText(link, altText);
        }
        else
        {
            AppendAll(link, children);
        }
        target.Add(link);
    }

    private (string Url, string? Title, LinkReferenceDefinition? Definition, string AltText)? Destination(KramdownLinkMark open, KramdownLinkMark close)
    {
        var altText = AltText(open, close);
        if (close.HasReference || (close.Url is null && !close.IsInvalidDestination))
        {
            var id = close.ReferenceId ?? altText;
            return _definitions(NormalizeId(id)) is { } definition ? (definition.Url ?? "", definition.Title, definition, altText) : null;
        }
        return close.Url is null ? null : (close.Url, close.Title, null, altText);
    }

    // kramdown: the source between the brackets with backslash escapes removed (ESCAPED_CHARS).
    private static string AltText(KramdownLinkMark open, KramdownLinkMark close)
    {
        var from = open.Index + (open.Kind == KramdownLinkMarkKind.OpenImage ? 2 : 1);
        var raw = ReferenceEquals(open.Text, close.Text) && close.Index >= from ? open.Text[from..close.Index] : "";
        var text = new StringBuilder(raw.Length);
        for (var k = 0; k < raw.Length; k++)
        {
            if (raw[k] == '\\' && k + 1 < raw.Length && KramdownEscapes.IsEscapable(raw[k + 1], gfm: false))
            {
                k++;
            }
            text.Append(raw[k]);
        }
        return text.ToString();
    }

    // kramdown: normalize_link_id collapses whitespace; the definitions compare case-insensitively.
    private static string NormalizeId(string id) => WhitespaceRun().Replace(id, " ");

    // A "]" that ends no link is text, with whatever it read after itself.
    private static void AddUnusedClose(List<Inline> target, KramdownLinkMark close) =>
        AddLiteral(target, "]" + close.Consumed, close);

    private static void AddLiteral(List<Inline> target, string text, Inline mark) =>
        target.Add(new LiteralInline(text) { Span = mark.Span, Line = mark.Line, Column = mark.Column });

    [GeneratedRegex(@"[ \t\n\v\f\r]+")]
    private static partial Regex WhitespaceRun();
}
