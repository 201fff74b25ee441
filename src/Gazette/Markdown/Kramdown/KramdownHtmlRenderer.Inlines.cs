using Markdig.Extensions.TaskLists;
using Gazette.Markdown.Kramdown.Inlines;
using Markdig.Syntax.Inlines;

namespace Gazette.Markdown.Kramdown;

internal sealed partial class KramdownHtmlRenderer
{
    private void WriteInlines(ContainerInline? container)
    {
        for (var inline = container?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is LiteralInline literal && !_data.Abbreviations.IsEmpty)
            {
                inline = WriteTextRun(literal);
                continue;
            }
            WriteInline(inline);
        }
    }

    private void WriteInline(Inline inline)
    {
        switch (inline)
        {
            case LiteralInline literal:
                KramdownEscaping.AppendText(_out, literal.Content.AsSpan());
                break;
            case KramdownTextInline { IsEntityText: true } entityText when _options.EntityOutput != "as_char":
                foreach (var rune in entityText.Html.EnumerateRunes())
                {
                    WriteEntityCharacter(rune.ToString());
                }
                break;
            case KramdownTextInline text:
                _out.Append(text.Html);
                break;
            case HtmlEntityInline entity:
                WriteEntity(entity.Transcoded.ToString(), entity.Original.ToString());
                break;
            case LineBreakInline lineBreak:
                _out.Append(lineBreak.IsHard ? "<br />\n" : "\n");
                break;
            case CodeInline code:
                WriteCodeSpan(code);
                break;
            case EmphasisInline emphasis:
                WriteEmphasis(emphasis);
                break;
            case LinkInline link:
                WriteLink(link);
                break;
            case AutolinkInline autolink:
                WriteAutolink(autolink);
                break;
            case HtmlInline html:
                _out.Append(html.Tag);
                break;
            case KramdownFootnoteMarker when _inToc:
                break;
            case KramdownFootnoteMarker marker:
                WriteFootnoteMarker(marker);
                break;
            case KramdownMathInline math:
                WriteMath(math, math.Content, 0, block: false);
                break;
            case KramdownSpanIalInline ial:
                if (!ial.Applied)
                {
                    KramdownEscaping.AppendText(_out, ial.Source);
                }
                break;
            case TaskList task when !KramdownTaskLists.IsAcceptedMarker(task):
                _out.Append(task.Checked ? "[x]" : "[ ]");
                break;
            case TaskList task:
                _out.Append(task.Checked
                    ? "<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled=\"disabled\" checked=\"checked\" />"
                    : "<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled=\"disabled\" />");
                break;
            case DelimiterInline delimiter:
                // An unmatched "[" (or other delimiter) is text, followed by what was parsed after it.
                KramdownEscaping.AppendText(_out, delimiter.ToLiteral());
                WriteInlines(delimiter);
                break;
            case ContainerInline container:
                WriteInlines(container);
                break;
            default:
                break;
        }
    }

    private void WriteEntity(string character, string original) =>
        KramdownEntityOutput.Append(_out, _options.EntityOutput, character, original);

    /// <summary>Writes a character kramdown treats as an entity (no-break space, typographic symbols).</summary>
    private void WriteEntityCharacter(string character) => KramdownEntityOutput.Append(_out, _options.EntityOutput, character);

    private void WriteEmphasis(EmphasisInline emphasis)
    {
        var tag = emphasis.DelimiterChar == '~' ? "del" : emphasis.DelimiterCount >= 2 ? "strong" : "em";
        _out.Append('<').Append(tag);
        WriteAttributes(emphasis);
        _out.Append('>');
        WriteInlines(emphasis);
        _out.Append("</").Append(tag).Append('>');
    }

    // kramdown: converter/html.rb convert_codespan: unlike a block, the span keeps its "language-x"
    // class when the highlighter class is added.
    private void WriteCodeSpan(CodeInline code)
    {
        var attributes = CopyAttributes(code);
        var classIndex = attributes.FindIndex(p => p.Key == "class");
        string? language = null;
        if (classIndex >= 0)
        {
            language = attributes[classIndex].Value.Split(' ').FirstOrDefault(c => c.StartsWith("language-", StringComparison.Ordinal) && c.Length > 9)?[9..];
        }
        var tokens = _highlighter.Highlight(code.Content, language, span: true, out var defaultLang);
        if (tokens is not null)
        {
            AddHighlighterClass(attributes, language ?? defaultLang);
        }
        _out.Append("<code");
        KramdownAttributes.Write(_out, attributes);
        _out.Append('>');
        if (tokens is not null)
        {
            _out.Append(tokens);
        }
        else
        {
            KramdownEscaping.AppendAll(_out, code.ContentSpan);
        }
        _out.Append("</code>");
    }

    // kramdown: link.rb add_link puts a link definition's IAL before href/src; a span IAL after the
    // link comes later (extensions.rb update_attr_with_ial on the finished element).
    private void WriteLink(LinkInline link)
    {
        var url = link.GetDynamicUrl?.Invoke() ?? link.Url ?? "";
        var attributes = KramdownLinkDefinitions.AttributesOf(link)?.ToList() ?? [];
        if (link.IsImage)
        {
            SetAttribute(attributes, "src", url);
            SetAttribute(attributes, "alt", KramdownLinkText.AltText(link));
        }
        else
        {
            if (_inToc)
            {
                // kramdown: converter/html.rb fix_for_toc_entry unwraps links inside TOC entries.
                WriteInlines(link);
                return;
            }
            SetAttribute(attributes, "href", url);
        }
        if (!string.IsNullOrEmpty(link.Title))
        {
            SetAttribute(attributes, "title", link.Title);
        }
        foreach (var (key, value) in KramdownAttributes.Of(link)?.Items ?? [])
        {
            SetAttribute(attributes, key, value);
        }
        if (link.IsImage)
        {
            _out.Append("<img");
            KramdownAttributes.Write(_out, attributes);
            _out.Append(" />");
            return;
        }
        _out.Append("<a");
        KramdownAttributes.Write(_out, attributes);
        _out.Append('>');
        WriteInlines(link);
        _out.Append("</a>");
    }

    private static void SetAttribute(List<KeyValuePair<string, string>> attributes, string name, string value)
    {
        var index = attributes.FindIndex(p => p.Key == name);
        if (index < 0)
        {
            attributes.Add(new(name, value));
        }
        else
        {
            attributes[index] = new(name, value);
        }
    }

    // kramdown: parser/kramdown/autolink.rb; e-mail addresses get a mailto: href and plain text.
    private void WriteAutolink(AutolinkInline autolink)
    {
        var href = autolink.IsEmail && !autolink.Url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? "mailto:" + autolink.Url : autolink.Url;
        _out.Append("<a");
        var attributes = CopyAttributes(autolink);
        SetAttribute(attributes, "href", href);
        KramdownAttributes.Write(_out, attributes);
        _out.Append('>');
        var text = autolink.Url.StartsWith("mailto:", StringComparison.Ordinal) ? autolink.Url[7..] : autolink.Url;
        WriteText(text);
        _out.Append("</a>");
    }
}
