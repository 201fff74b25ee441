using Gazette.Markdown.Kramdown.Blocks;
using Markdig.Syntax;

namespace Gazette.Markdown.Kramdown;

internal sealed partial class KramdownHtmlRenderer
{
    private readonly Dictionary<string, int> _usedIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _gfmIdCounter = new(StringComparer.Ordinal);

    // kramdown-parser-gfm: gfm.rb update_elements gives every header of the main tree (not inside
    // HTML elements, not in footnote definitions) an id while parsing, in document order.
    private void AssignHeaderIds(MarkdownDocument document)
    {
        _usedIds.Clear();
        _gfmIdCounter.Clear();
        if (!_options.AutoIds || !_options.IsGfmInput)
        {
            return;
        }
        AssignGfmIds(document);
    }

    private void AssignGfmIds(ContainerBlock container)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    var attributes = KramdownAttributes.For(heading);
                    if (attributes.Get("id") is null)
                    {
                        attributes.Set("id", KramdownHeaderIds.Gfm(KramdownHeaderIds.RawText(heading.Inline), _options.AutoIdPrefix, _gfmIdCounter));
                    }
                    break;
                case KramdownFootnoteDefinition or HtmlBlock:
                    break;
                case ContainerBlock nested when !KramdownDocumentData.IsHtmlElement(nested):
                    AssignGfmIds(nested);
                    break;
                default:
                    break;
            }
        }
    }

    private void WriteHeadingContent(HeadingBlock heading, int indent)
    {
        var attributes = KramdownAttributes.Of(heading);
        if (_options.AutoIds && attributes?.Get("id") is null)
        {
            // kramdown: converter/base.rb generate_id, used for headers the GFM parser skipped.
            var raw = _options.IsGfmInput || _options.AutoIdStripping
                ? KramdownHeaderIds.RawText(heading.Inline)
                : KramdownHeaderIds.SourceText(heading, _source);
            KramdownAttributes.For(heading).Set("id", KramdownHeaderIds.Basic(raw, _options.AutoIdPrefix, _usedIds));
        }
        var level = Math.Clamp(heading.Level + _options.HeaderOffset, 1, 6);
        CollectTocEntry(heading, heading.Level);
        Indent(indent);
        _out.Append("<h").Append(level);
        WriteAttributes(heading);
        _out.Append('>');
        if (_options.HeaderLinks && KramdownAttributes.Of(heading)?.Get("id") is { Length: > 0 } id)
        {
            // kramdown: converter/html.rb convert_header prepends an empty link to the header itself.
            _out.Append("<a href=\"#");
            KramdownEscaping.AppendAttribute(_out, id);
            _out.Append("\"></a>");
        }
        WriteInlines(heading.Inline);
        WriteBacklinkIfTarget(heading);
        _out.Append("</h").Append(level).Append(">\n");
    }

    private void WriteBacklinkIfTarget(Block block)
    {
        if (_data.Backlink is not null && ReferenceEquals(_data.BacklinkTarget, block))
        {
            _out.Append(_data.Backlink);
        }
    }
}
