using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Gazette.Tests.Differential;

/// <summary>
/// Turns an HTML document into a canonical, line-per-node text so that two pages that differ only in
/// insignificant whitespace or attribute order compare equal, while any visible change does not.
/// </summary>
/// <remarks>
/// Rules: the document is parsed as HTML5 (AngleSharp). Each element, text node, comment and doctype
/// becomes one line, indented by depth. Attributes are sorted by name. Outside
/// <c>pre</c>/<c>code</c>/<c>textarea</c>/<c>script</c>/<c>style</c>, runs of HTML whitespace in text
/// collapse to one space, and text is trimmed where it touches a block-level boundary (a block
/// element, a comment, or the start/end of a block parent); whitespace-only text that trims to
/// nothing is dropped. A single space between inline content (<c>a <em>b</em></c>) is kept, because
/// it is visible. Text inside the preserved elements is kept exactly. Text and attribute values are
/// written quoted with C#-style escapes so trailing spaces and newlines are visible in reports.
/// Entity spelling (<c>&amp;#39;</c> versus <c>'</c>) is not compared: both parse to the same DOM.
/// </remarks>
internal static class HtmlNormalizer
{
    private static readonly HashSet<string> PreservedElements =
        new(["pre", "code", "textarea", "script", "style"], StringComparer.Ordinal);

    private static readonly HashSet<string> VoidElements =
        new(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"],
            StringComparer.Ordinal);

    private static readonly HashSet<string> BlockElements = new(
        [
            "address", "article", "aside", "base", "blockquote", "body", "br", "caption", "col", "colgroup", "dd",
            "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
            "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "legend", "li", "link",
            "main", "menu", "meta", "nav", "noscript", "ol", "optgroup", "option", "p", "pre", "script", "section",
            "select", "style", "summary", "table", "tbody", "td", "template", "tfoot", "th", "thead", "title", "tr", "ul",
        ],
        StringComparer.Ordinal);

    /// <summary>Parses <paramref name="html"/> and returns its normalized text (one node per line).</summary>
    public static string Normalize(string html)
    {
        var parser = new HtmlParser();
        using var document = parser.ParseDocument(html);
        var output = new StringBuilder();
        WriteChildren(document, depth: 0, preserve: false, output);
        return output.ToString();
    }

    private static void WriteChildren(INode parent, int depth, bool preserve, StringBuilder output)
    {
        var children = parent is IHtmlTemplateElement template ? template.Content.ChildNodes : parent.ChildNodes;
        foreach (var child in children)
        {
            WriteNode(child, depth, preserve, output);
        }
    }

    private static void WriteNode(INode node, int depth, bool preserve, StringBuilder output)
    {
        switch (node)
        {
            case IDocumentType doctype:
                WriteLine(output, depth, DescribeDoctype(doctype));
                break;
            case IElement element:
                WriteElement(element, depth, preserve, output);
                break;
            case IText text:
                var value = preserve ? text.Data : NormalizeText(text);
                if (value.Length > 0)
                {
                    WriteLine(output, depth, Quote(value));
                }

                break;
            case IComment comment:
                WriteLine(output, depth, "<!--" + (preserve ? comment.Data : CollapseWhitespace(comment.Data).Trim()) + "-->");
                break;
            default:
                WriteLine(output, depth, $"<?{node.NodeName} {Quote(node.TextContent)}?>");
                break;
        }
    }

    private static void WriteElement(IElement element, int depth, bool preserve, StringBuilder output)
    {
        var name = element.LocalName;
        var startTag = new StringBuilder().Append('<').Append(name);
        foreach (var attribute in element.Attributes.OrderBy(a => a.Name, StringComparer.Ordinal))
        {
            startTag.Append(' ').Append(attribute.Name).Append('=').Append(Quote(attribute.Value));
        }

        WriteLine(output, depth, startTag.Append('>').ToString());
        if (VoidElements.Contains(name))
        {
            return;
        }

        WriteChildren(element, depth + 1, preserve || PreservedElements.Contains(name), output);
        WriteLine(output, depth, "</" + name + ">");
    }

    private static string NormalizeText(IText text)
    {
        var value = CollapseWhitespace(text.Data);
        if (IsBoundary(text.PreviousSibling, text.Parent))
        {
            value = value.TrimStart(' ');
        }

        if (IsBoundary(text.NextSibling, text.Parent))
        {
            value = value.TrimEnd(' ');
        }

        return value;
    }

    // Whitespace next to a block boundary never renders, so it is not compared.
    private static bool IsBoundary(INode? neighbour, INode? parent) => neighbour switch
    {
        null => parent is not IElement element || BlockElements.Contains(element.LocalName),
        IElement element => BlockElements.Contains(element.LocalName),
        IText => false,
        _ => true,
    };

    private static string CollapseWhitespace(string value)
    {
        var builder = new StringBuilder(value.Length);
        var inWhitespace = false;
        foreach (var c in value)
        {
            // HTML's whitespace set; U+00A0 (&nbsp;) is content and stays.
            if (c is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                if (!inWhitespace)
                {
                    builder.Append(' ');
                }

                inWhitespace = true;
            }
            else
            {
                builder.Append(c);
                inWhitespace = false;
            }
        }

        return builder.ToString();
    }

    private static string DescribeDoctype(IDocumentType doctype)
    {
        var text = "<!DOCTYPE " + doctype.Name;
        if (doctype.PublicIdentifier.Length > 0)
        {
            text += " PUBLIC " + Quote(doctype.PublicIdentifier);
        }

        if (doctype.SystemIdentifier.Length > 0)
        {
            text += " " + Quote(doctype.SystemIdentifier);
        }

        return text + ">";
    }

    /// <summary>Writes <paramref name="value"/> in double quotes with C#-style escapes for control characters.</summary>
    internal static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => builder.Append("\\\""),
                '\\' => builder.Append("\\\\"),
                '\n' => builder.Append("\\n"),
                '\r' => builder.Append("\\r"),
                '\t' => builder.Append("\\t"),
                _ when char.IsControl(c) => builder.Append("\\u").Append(((int)c).ToString("x4")),
                _ => builder.Append(c),
            };
        }

        return builder.Append('"').ToString();
    }

    private static void WriteLine(StringBuilder output, int depth, string text) =>
        output.Append(' ', depth * 2).Append(text).Append('\n');
}
