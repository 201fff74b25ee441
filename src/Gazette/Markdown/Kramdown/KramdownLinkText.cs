using System.Text;
using Markdig.Syntax.Inlines;

namespace Gazette.Markdown.Kramdown;

/// <summary>The alt text of an image, which kramdown takes from the source unparsed.</summary>
internal static class KramdownLinkText
{
    private static readonly object AltKey = typeof(KramdownLinkText);

    // kramdown: parser/kramdown/link.rb uses the source text between the brackets, with backslash
    // escapes removed, as the alt text of an image (the span resolver records it).
    /// <summary>Records the alt text of <paramref name="image"/>.</summary>
    public static void SetAltText(LinkInline image, string altText) => image.SetData(AltKey, altText);

    /// <summary>The alt text of an image: the bracketed source text without backslash escapes.</summary>
    public static string AltText(LinkInline image) => image.GetData(AltKey) as string ?? PlainText(image);

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
