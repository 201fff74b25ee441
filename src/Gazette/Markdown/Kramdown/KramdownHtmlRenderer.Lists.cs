using Gazette.Markdown.Kramdown.Blocks;
using Markdig.Extensions.DefinitionLists;
using Markdig.Syntax;

namespace Gazette.Markdown.Kramdown;

internal sealed partial class KramdownHtmlRenderer
{
    private void WriteList(ListBlock list, int indent)
    {
        var attributes = KramdownAttributes.Of(list);
        if (attributes is not null && _data.TocPlaceholder is null && attributes.HasRef("toc"))
        {
            // kramdown: converter/html.rb convert_ul replaces the first list marked {:toc} by a
            // placeholder that convert_root swaps for the generated table of contents.
            _data.TocPlaceholder = "\u0001toc\u0001";
            _data.TocListTag = list.IsOrdered ? "ol" : "ul";
            _data.TocAttributes = attributes;
            _out.Append(_data.TocPlaceholder);
            return;
        }
        if (attributes is not null && !_data.FootnotesPlaced && attributes.HasRef("footnotes"))
        {
            _data.FootnotesPlaced = true;
            _out.Append(FootnotesPlaceholder);
            return;
        }
        var tag = list.IsOrdered ? "ol" : "ul";
        Indent(indent);
        _out.Append('<').Append(tag);
        WriteAttributes(list);
        _out.Append(">\n");
        var childIndent = indent + IndentStep;
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is ListItemBlock item)
            {
                WriteListItem("li", item, item, 0, childIndent, IsTransparentListItem(list, i));
            }
        }
        Indent(indent);
        _out.Append("</").Append(tag).Append(">\n");
    }

    // kramdown: parser/kramdown/list.rb parse_list decides per item whether its first paragraph is
    // "transparent" (written without <p>): the paragraph must not be followed by a blank line inside
    // the item (the blank line before the next item counts as inside), except in the last item; and
    // the last item of a list with more than one item is transparent only if an earlier one was.
    private bool IsTransparentListItem(ListBlock list, int index)
    {
        var item = (ListItemBlock)list[index];
        if (item.Count == 0 || item[0] is not ParagraphBlock first || IsStandaloneImage(first, out _))
        {
            return false;
        }
        var isLast = index == list.Count - 1;
        bool blankAfterFirst;
        if (item.Count > 1)
        {
            blankAfterFirst = HasBlankLineBetween(first, item[1]);
        }
        else
        {
            blankAfterFirst = !isLast && HasBlankLineBetween(first.Span.End, list[index + 1].Span.Start);
        }
        // kramdown keeps the blank lines after the last item in the item; they only count when an
        // end-of-block marker ended the list.
        var info = list.GetData(typeof(KramdownListInfo)) as KramdownListInfo;
        if (isLast && item.Count == 1 && info is { EobFound: true, BlankBeforeEob: true })
        {
            return false;
        }
        var secondIsBlankOnly = isLast && item.Count == 1;
        if (blankAfterFirst && !secondIsBlankOnly)
        {
            return false;
        }
        if (!isLast || list.Count == 1)
        {
            return true;
        }
        for (var i = 0; i < index; i++)
        {
            var previous = (ListItemBlock)list[i];
            if (previous.Count == 0 || previous[0] is not ParagraphBlock || IsTransparentListItem(list, i))
            {
                return true;
            }
        }
        return false;
    }

    // kramdown: converter/html.rb convert_li (also used for dd).
    private void WriteListItem(string tag, MarkdownObject attributesOf, ContainerBlock item, int start, int indent, bool transparent, bool newlineAfterTransparent = false)
    {
        Indent(indent);
        _out.Append('<').Append(tag);
        WriteAttributes(attributesOf);
        _out.Append('>');
        if (item.Count <= start)
        {
            _out.Append("</").Append(tag).Append(">\n");
            return;
        }
        if (transparent)
        {
            var paragraph = (ParagraphBlock)item[start];
            WriteInlines(paragraph.Inline);
            if (item.Count > start + 1)
            {
                var rest = FirstRenderedAfter(item, start);
                if (rest is not null && (newlineAfterTransparent || !HasBlankLineBetween(paragraph, rest)))
                {
                    _out.Append('\n');
                }
                WriteBlocksFrom(item, start + 1, indent);
            }
            if (_out.Length > 0 && _out[^1] == '\n')
            {
                Indent(indent);
            }
        }
        else
        {
            _out.Append('\n');
            WriteBlocksFrom(item, start, indent);
            Indent(indent);
        }
        _out.Append("</").Append(tag).Append(">\n");
    }

    private static Block? FirstRenderedAfter(ContainerBlock container, int index)
    {
        for (var i = index + 1; i < container.Count; i++)
        {
            if (IsRendered(container[i]))
            {
                return container[i];
            }
        }
        return null;
    }

    private void WriteBlocksFrom(ContainerBlock container, int start, int indent)
    {
        Block? previous = start > 0 ? container[start - 1] : null;
        for (var i = start; i < container.Count; i++)
        {
            var block = container[i];
            if (!IsRendered(block))
            {
                continue;
            }
            if (previous is not null && HasBlankLineBetween(previous, block))
            {
                _out.Append('\n');
            }
            WriteBlock(block, indent + IndentStep);
            previous = block;
        }
    }

    private void WriteDefinitionList(DefinitionList list, int indent)
    {
        Indent(indent);
        _out.Append("<dl");
        WriteAttributes(list);
        _out.Append(">\n");
        var childIndent = indent + IndentStep;
        var autoIdPrefix = DefinitionTermIdPrefix(list);
        foreach (var child in list)
        {
            switch (child)
            {
                case DefinitionTerm term:
                    Indent(childIndent);
                    _out.Append("<dt");
                    var attributes = CopyAttributes(term);
                    if (autoIdPrefix is not null && !attributes.Exists(p => p.Key == "id"))
                    {
                        attributes.Add(new("id", (autoIdPrefix + KramdownHeaderIds.BasicId(KramdownHeaderIds.RawText(term.Inline))).TrimStart()));
                    }
                    KramdownAttributes.Write(_out, attributes);
                    _out.Append('>');
                    WriteInlines(term.Inline);
                    _out.Append("</dt>\n");
                    break;
                case KramdownDefinition definition:
                    // kramdown: parse_definition_list makes the first paragraph transparent unless a
                    // blank line came before the definition.
                    var transparent = definition.Count > 0 && definition[0] is ParagraphBlock && !definition.FirstAsPara;
                    WriteListItem("dd", definition, definition, 0, childIndent, transparent, newlineAfterTransparent: true);
                    break;
                default:
                    break;
            }
        }
        Indent(indent);
        _out.Append("</dl>\n");
    }

    // kramdown: converter/html.rb convert_dt: an ALD reference "auto_ids" or "auto_ids-prefix" on the
    // list gives every term an id from its text.
    private static string? DefinitionTermIdPrefix(DefinitionList list)
    {
        var attributes = KramdownAttributes.Of(list);
        if (attributes is null)
        {
            return null;
        }
        foreach (var reference in attributes.Refs)
        {
            if (reference == "auto_ids")
            {
                return "";
            }
            if (reference.StartsWith("auto_ids-", StringComparison.Ordinal))
            {
                return reference[9..];
            }
        }
        return null;
    }
}
