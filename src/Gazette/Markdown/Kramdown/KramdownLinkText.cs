using System.Text;
using Markdig.Syntax.Inlines;

namespace Gazette.Markdown.Kramdown;

/// <summary>Recovers link text from the source where kramdown uses it unparsed.</summary>
internal static class KramdownLinkText
{
    // kramdown: parser/kramdown/link.rb uses the source text between the brackets, with backslash
    // escapes removed, as the alt text of an image.
    /// <summary>The alt text of an image: the bracketed source text without backslash escapes.</summary>
    public static string AltText(LinkInline image, string source)
    {
        var start = image.Span.Start + 2;
        if (image.Span.Start < 0 || start > source.Length || source[image.Span.Start] != '!')
        {
            return PlainText(image);
        }
        var depth = 1;
        var text = new StringBuilder();
        for (var i = start; i < source.Length; i++)
        {
            var c = source[i];
            if (c == '\\' && i + 1 < source.Length && KramdownEscapes.IsEscapable(source[i + 1], gfm: true))
            {
                text.Append(source[i + 1]);
                i++;
                continue;
            }
            if (c == '[')
            {
                depth++;
            }
            else if (c == ']' && --depth == 0)
            {
                return text.ToString();
            }
            text.Append(c);
        }
        return PlainText(image);
    }

    private static string PlainText(ContainerInline container)
    {
        var text = new StringBuilder();
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    text.Append(code.ContentSpan);
                    break;
                case ContainerInline nested:
                    text.Append(PlainText(nested));
                    break;
                default:
                    break;
            }
        }
        return text.ToString();
    }
}
