using Gazette.Markdown.Kramdown.Html;

namespace Gazette.Markdown.Kramdown;

internal sealed partial class KramdownHtmlRenderer
{
    // kramdown: converter/html.rb convert_html_element / convert_xml_comment. A block element is
    // indented and ends with a newline; elements inside raw HTML are written inline.
    private void WriteHtmlBlock(KramdownHtmlBlock block, int indent)
    {
        Indent(indent);
        switch (block.Node)
        {
            case KramdownHtmlVerbatim verbatim:
                _out.Append(verbatim.Text);
                break;
            case KramdownHtmlElement element:
                WriteHtmlElement(element, KramdownAttributes.Of(block)?.Items);
                break;
            default:
                break;
        }
        _out.Append('\n');
    }

    private void WriteHtmlElement(KramdownHtmlElement element, IReadOnlyList<KeyValuePair<string, string>>? extra = null, int indent = 0)
    {
        _out.Append('<').Append(element.Name);
        WriteHtmlAttributes(element, extra);
        if (element.Fragment is { } fragment)
        {
            WriteHtmlFragment(element, fragment.Document, fragment.Source, indent);
            return;
        }
        if (element.IsClosed)
        {
            _out.Append(" />");
            return;
        }
        _out.Append('>');
        foreach (var child in element.Children)
        {
            switch (child)
            {
                case KramdownHtmlText text:
                    KramdownEscaping.AppendText(_out, text.Text);
                    break;
                case KramdownHtmlVerbatim verbatim:
                    _out.Append(verbatim.Text);
                    break;
                case KramdownHtmlElement nested:
                    WriteHtmlElement(nested, indent: indent + IndentStep);
                    break;
                default:
                    break;
            }
        }
        _out.Append("</").Append(element.Name).Append('>');
    }

    // kramdown: converter/html.rb convert_html_element for an element inside raw HTML whose content
    // was parsed: span content inline, block content on its own lines one level deeper, the end tag
    // indented to the element's level; no indentation or newline around the element itself.
    private void WriteHtmlFragment(KramdownHtmlElement element, Markdig.Syntax.MarkdownDocument fragment, string fragmentSource, int indent)
    {
        var outerSource = _source;
        _source = fragmentSource;
        try
        {
            _out.Append('>');
            if (KramdownHtmlFragments.SpanContent(fragment) is { } span)
            {
                WriteInlines(span.Inline);
                _out.Append("</").Append(element.Name).Append('>');
                return;
            }
            var start = _out.Length;
            WriteBlocks(fragment, indent, isRoot: true);
            if (_out.Length == start)
            {
                _out.Append("</").Append(element.Name).Append('>');
                return;
            }
            _out.Insert(start, '\n');
            if (_out[^1] == '\n')
            {
                _out.Length--;
            }
            _out.Append('\n');
            Indent(indent);
            _out.Append("</").Append(element.Name).Append('>');
        }
        finally
        {
            _source = outerSource;
        }
    }

    private void WriteHtmlAttributes(KramdownHtmlElement element, IReadOnlyList<KeyValuePair<string, string>>? extra)
    {
        if (extra is null || extra.Count == 0)
        {
            KramdownAttributes.Write(_out, element.Attributes);
            return;
        }
        var attributes = element.Attributes.ToList();
        foreach (var (key, value) in extra)
        {
            var index = attributes.FindIndex(p => p.Key == key);
            if (key == "class" && index >= 0)
            {
                attributes[index] = new(key, (attributes[index].Value + " " + value).TrimStart());
                continue;
            }
            SetAttribute(attributes, key, value);
        }
        KramdownAttributes.Write(_out, attributes);
    }

    private void WriteHtmlSpanBlock(KramdownHtmlSpanBlock block, int indent)
    {
        Indent(indent);
        _out.Append('<').Append(block.Element.Name);
        WriteHtmlAttributes(block.Element, KramdownAttributes.Of(block)?.Items);
        _out.Append('>');
        WriteInlines(block.Inline);
        _out.Append("</").Append(block.Element.Name).Append(">\n");
    }

    private void WriteHtmlElementBlock(KramdownHtmlElementBlock block, int indent)
    {
        Indent(indent);
        _out.Append('<').Append(block.Element.Name);
        WriteHtmlAttributes(block.Element, KramdownAttributes.Of(block)?.Items);
        if (block.Count == 0)
        {
            _out.Append("></").Append(block.Element.Name).Append(">\n");
            return;
        }
        _out.Append(">\n");
        WriteBlocks(block, indent);
        if (block.EndPosition > 0 && block.LastChild is { } last && HasBlankLineBetween(last.Span.End, block.EndPosition - block.Element.Name.Length - 3))
        {
            // kramdown: a blank line before the end tag is a :blank element ("\n") that chomp keeps.
            _out.Append('\n');
        }
        else if (_out.Length > 1 && _out[^1] == '\n' && _out[^2] == '\n')
        {
            _out.Length--;
        }
        Indent(indent);
        _out.Append("</").Append(block.Element.Name).Append(">\n");
    }
}
