using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Gazette.Markdown.Kramdown;

internal sealed partial class KramdownHtmlRenderer
{
    // kramdown: utils/html.rb fix_cjk_line_break (remove_line_breaks_for_cjk) drops a line break
    // between two Han, Hiragana or Katakana characters.
    private void RemoveCjkLineBreaks(int start)
    {
        var text = _out.ToString(start, _out.Length - start);
        string fixedText;
        while ((fixedText = CjkLineBreak().Replace(text, "$1$2")) != text)
        {
            text = fixedText;
        }
        _out.Length = start;
        _out.Append(text);
    }

    [GeneratedRegex(@"([\p{IsCJKUnifiedIdeographs}\p{IsHiragana}\p{IsKatakana}]+)\n([\p{IsCJKUnifiedIdeographs}\p{IsHiragana}\p{IsKatakana}]+)")]
    private static partial Regex CjkLineBreak();

    // kramdown: converter/html.rb convert_math + converter/math_engine/mathjax.rb: \[…\] for blocks,
    // \(…\) for spans; with attributes a block goes into a <div>, a span into a <span> holding $…$.
    private void WriteMath(MarkdownObject node, string text, int indent, bool block)
    {
        var attributes = KramdownAttributes.Of(node);
        var hasAttributes = attributes is { Count: > 0 };
        if (string.Equals(_options.MathEngine, "mathjax", StringComparison.OrdinalIgnoreCase))
        {
            if (block)
            {
                if (hasAttributes)
                {
                    Indent(indent);
                    _out.Append("<div");
                    KramdownAttributes.Write(_out, attributes!.Items);
                    _out.Append('>');
                }
                _out.Append("\\[");
                KramdownEscaping.AppendAll(_out, text);
                _out.Append("\\]\n");
                if (hasAttributes)
                {
                    _out.Append("</div>\n");
                }
            }
            else if (hasAttributes)
            {
                _out.Append("<span");
                KramdownAttributes.Write(_out, attributes!.Items);
                _out.Append(">$").Append(text).Append("$</span>");
            }
            else
            {
                _out.Append("\\(");
                KramdownEscaping.AppendAll(_out, text);
                _out.Append("\\)");
            }
            return;
        }

        var list = attributes?.Items.ToList() ?? [];
        var index = list.FindIndex(p => p.Key == "class");
        var classes = index < 0 ? "kdmath" : (list[index].Value + " kdmath").TrimStart();
        if (index < 0)
        {
            list.Add(new("class", classes));
        }
        else
        {
            list[index] = new("class", classes);
        }
        if (block)
        {
            Indent(indent);
            _out.Append("<div");
            KramdownAttributes.Write(_out, list);
            _out.Append(">$$\n");
            KramdownEscaping.AppendText(_out, text);
            _out.Append("\n$$</div>\n");
        }
        else
        {
            _out.Append("<span");
            KramdownAttributes.Write(_out, list);
            _out.Append(">$");
            KramdownEscaping.AppendText(_out, text);
            _out.Append("$</span>");
        }
    }

    // kramdown: converter/html.rb convert_p/convert_standalone_image: a paragraph holding only an
    // image marked {:standalone} becomes a <figure> with a <figcaption> of the alt text.
    private static bool IsStandaloneImage(ParagraphBlock paragraph, out LinkInline image)
    {
        image = null!;
        if (paragraph.Inline?.FirstChild is LinkInline { IsImage: true } link
            && link.NextSibling is null or Inlines.KramdownSpanIalInline { Applied: true, NextSibling: null }
            && KramdownAttributes.Of(link)?.HasRef("standalone") == true)
        {
            image = link;
            return true;
        }
        return false;
    }

    private void WriteStandaloneImage(ParagraphBlock paragraph, LinkInline image, int indent)
    {
        var figure = CopyAttributes(paragraph);
        var attributes = new List<KeyValuePair<string, string>>();
        SetAttribute(attributes, "src", image.Url ?? "");
        var alt = KramdownLinkText.AltText(image);
        SetAttribute(attributes, "alt", alt);
        if (!string.IsNullOrEmpty(image.Title))
        {
            SetAttribute(attributes, "title", image.Title);
        }
        foreach (var (key, value) in KramdownAttributes.Of(image)?.Items ?? [])
        {
            SetAttribute(attributes, key, value);
        }
        foreach (var name in new[] { "class", "id" })
        {
            var index = attributes.FindIndex(p => p.Key == name);
            if (index >= 0 && !figure.Exists(p => p.Key == name))
            {
                figure.Add(attributes[index]);
                attributes.RemoveAt(index);
            }
        }
        Indent(indent);
        _out.Append("<figure");
        KramdownAttributes.Write(_out, figure);
        _out.Append(">\n");
        Indent(indent + IndentStep);
        _out.Append("<img");
        KramdownAttributes.Write(_out, attributes);
        _out.Append(" />\n");
        Indent(indent + IndentStep);
        _out.Append("<figcaption>").Append(alt).Append("</figcaption>\n");
        Indent(indent);
        _out.Append("</figure>\n");
    }
}
