using Markdig.Extensions.DefinitionLists;
using Gazette.Markdown.Kramdown.Blocks;
using Gazette.Markdown.Kramdown.Html;
using Markdig.Syntax;

namespace Gazette.Markdown.Kramdown;

internal sealed partial class KramdownHtmlRenderer
{
    private void WriteBlock(Block block, int indent)
    {
        switch (block)
        {
            case HeadingBlock heading:
                WriteHeadingContent(heading, indent);
                break;
            case ParagraphBlock paragraph:
                WriteParagraph(paragraph, indent);
                break;
            case KramdownMathBlock math:
                WriteMath(math, math.Content, indent, block: true);
                break;
            case CodeBlock code:
                WriteCodeBlock(code, indent);
                break;
            case ThematicBreakBlock:
                Indent(indent);
                _out.Append("<hr");
                WriteAttributes(block);
                _out.Append(" />\n");
                break;
            case QuoteBlock quote:
                WriteIndentedContainer("blockquote", quote, indent);
                break;
            case ListBlock list:
                WriteList(list, indent);
                break;
            case KramdownHtmlBlock html:
                WriteHtmlBlock(html, indent);
                break;
            case KramdownHtmlSpanBlock span:
                WriteHtmlSpanBlock(span, indent);
                break;
            case KramdownHtmlElementBlock element:
                WriteHtmlElementBlock(element, indent);
                break;
            case HtmlBlock html:
                _out.Append(html.Lines.ToString()).Append('\n');
                break;
            case KramdownTable table:
                WriteTable(table, indent);
                break;
            case DefinitionList definitionList:
                WriteDefinitionList(definitionList, indent);
                break;
            case KramdownFootnoteDefinition:
                break;
            case KramdownRawBlock raw:
                WriteRawBlock(raw, indent);
                break;
            case ContainerBlock container:
                WriteBlocks(container, indent - IndentStep);
                break;
            default:
                break;
        }
    }

    private void WriteAttributes(MarkdownObject node) => KramdownAttributes.Write(_out, KramdownAttributes.Of(node)?.Items);

    // kramdown: converter/html.rb format_as_indented_block_html.
    private void WriteIndentedContainer(string tag, ContainerBlock container, int indent)
    {
        Indent(indent);
        _out.Append('<').Append(tag);
        WriteAttributes(container);
        _out.Append(">\n");
        WriteBlocks(container, indent);
        Indent(indent);
        _out.Append("</").Append(tag).Append(">\n");
    }

    private void WriteParagraph(ParagraphBlock paragraph, int indent)
    {
        if (IsStandaloneImage(paragraph, out var image))
        {
            WriteStandaloneImage(paragraph, image, indent);
            return;
        }
        Indent(indent);
        _out.Append("<p");
        WriteAttributes(paragraph);
        _out.Append('>');
        var contentStart = _out.Length;
        WriteInlines(paragraph.Inline);
        if (_options.RemoveLineBreaksForCjk)
        {
            RemoveCjkLineBreaks(contentStart);
        }
        WriteBacklinkIfTarget(paragraph);
        _out.Append("</p>\n");
    }

    // kramdown: converter/html.rb convert_codeblock. With a highlighter the code goes into
    // <div class="language-x highlighter-rouge">; when the highlighter has no lexer for the
    // language (or highlighting is off) kramdown falls back to <pre><code class="language-x">.
    private void WriteCodeBlock(CodeBlock code, int indent)
    {
        var text = KramdownCodeText.Of(code);
        var attributes = CopyAttributes(code);
        var language = ExtractCodeLanguage(attributes);
        var requested = code is FencedCodeBlock { Info.Length: > 0 } fenced ? KramdownCodeText.FullLanguage(fenced) : language;
        var highlighted = _highlighter.Highlight(text, requested, span: false, out var defaultLang);
        Indent(indent);
        if (highlighted is not null)
        {
            AddHighlighterClass(attributes, language ?? requested?.Split('?')[0] ?? defaultLang);
            _out.Append("<div");
            KramdownAttributes.Write(_out, attributes);
            _out.Append('>').Append(highlighted);
            Indent(indent);
            _out.Append("</div>\n");
            return;
        }
        _out.Append("<pre");
        KramdownAttributes.Write(_out, attributes);
        _out.Append("><code");
        if (language is not null)
        {
            _out.Append(" class=\"language-").Append(language).Append('"');
        }
        _out.Append('>');
        var body = text.AsSpan().TrimEnd('\n');
        if (attributes.Exists(p => p.Key == "class" && p.Value.Split(' ').Contains("show-whitespaces")))
        {
            KramdownWhitespace.AppendVisible(_out, body);
        }
        else
        {
            KramdownEscaping.AppendAll(_out, body);
        }
        _out.Append("\n</code></pre>\n");
    }

    private static List<KeyValuePair<string, string>> CopyAttributes(MarkdownObject node) =>
        KramdownAttributes.Of(node)?.Items.ToList() ?? [];

    // kramdown: converter/base.rb extract_code_language! takes "language-x" out of the class.
    private static string? ExtractCodeLanguage(List<KeyValuePair<string, string>> attributes)
    {
        var index = attributes.FindIndex(p => p.Key == "class");
        if (index < 0)
        {
            return null;
        }
        var classes = attributes[index].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var languageClass = classes.FirstOrDefault(c => c.StartsWith("language-", StringComparison.Ordinal) && c.Length > 9);
        if (languageClass is null)
        {
            return null;
        }
        classes.Remove(languageClass);
        if (classes.Count == 0)
        {
            attributes.RemoveAt(index);
        }
        else
        {
            attributes[index] = new("class", string.Join(' ', classes));
        }
        return languageClass[9..];
    }

    // kramdown 2.5: converter/html.rb add_syntax_highlighter_to_class_attr appends
    // "highlighter-x", then sub(/\blanguage-\S+|(^)/): the first match is at the start of the
    // value, so a leading language class is replaced and anything else gets one put in front.
    private void AddHighlighterClass(List<KeyValuePair<string, string>> attributes, string? language)
    {
        var index = attributes.FindIndex(p => p.Key == "class");
        var value = ((index < 0 ? "" : attributes[index].Value) + " " + _highlighter.ClassName).TrimStart();
        if (language is not null)
        {
            var first = value.StartsWith("language-", StringComparison.Ordinal) ? value.IndexOfAny([' ', '\t', '\n', '\r', '\f', '\v']) : -2;
            value = first == -2
                ? "language-" + language + " " + value
                : "language-" + language + (first < 0 ? "" : value[first..]);
        }
        if (index < 0)
        {
            attributes.Add(new("class", value));
        }
        else
        {
            attributes[index] = new("class", value);
        }
    }

    private void WriteRawBlock(KramdownRawBlock raw, int indent)
    {
        if (raw.IsComment)
        {
            Indent(indent);
            _out.Append("<!-- ").Append(raw.Text).Append(" -->\n");
            return;
        }
        // kramdown: converter/html.rb convert_raw writes the body only for HTML (or no) output types.
        var types = raw.OutputTypes?.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (types is null || types.Length == 0 || types.Contains("html"))
        {
            _out.Append(raw.Text).Append('\n');
        }
    }
}
