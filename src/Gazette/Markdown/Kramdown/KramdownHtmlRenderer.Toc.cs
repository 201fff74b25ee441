using Markdig.Syntax;

namespace Gazette.Markdown.Kramdown;

internal sealed partial class KramdownHtmlRenderer
{
    private readonly List<TocEntry> _toc = [];
    private bool _inToc;

    // kramdown: converter/html.rb convert_header adds a header to the table of contents when it has
    // an id, its level is in toc_levels and it has no "no_toc" class.
    private void CollectTocEntry(HeadingBlock heading, int level)
    {
        var attributes = KramdownAttributes.Of(heading);
        var id = attributes?.Get("id");
        if (id is null || !_options.TocLevels.Contains(level))
        {
            return;
        }
        var classes = attributes!.Get("class");
        if (classes is not null && classes.Split(' ').Contains("no_toc"))
        {
            return;
        }
        _toc.Add(new TocEntry(level, id, heading));
    }

    // kramdown: converter/html.rb generate_toc_tree + convert_root: nest entries by level (a deeper
    // level opens a sub-list in the previous entry) and write the list where {:toc} stood.
    private string InsertToc(string html)
    {
        var saved = _out.ToString();
        _out.Clear();
        if (_toc.Count > 0)
        {
            var tag = _data.TocListTag ?? "ul";
            var attributes = _data.TocAttributes?.Items.ToList() ?? [];
            if (!attributes.Exists(p => p.Key == "id"))
            {
                attributes.Add(new("id", "markdown-toc"));
            }
            var listId = attributes.Find(p => p.Key == "id").Value;
            var root = new TocNode(0, null);
            var stack = new List<TocNode>();
            foreach (var entry in _toc)
            {
                var node = new TocNode(entry.Level, entry);
                while (stack.Count > 0 && stack[^1].Level >= entry.Level)
                {
                    stack.RemoveAt(stack.Count - 1);
                }
                (stack.Count == 0 ? root : stack[^1]).Children.Add(node);
                stack.Add(node);
            }
            _out.Append('<').Append(tag);
            KramdownAttributes.Write(_out, attributes);
            _out.Append(">\n");
            WriteTocItems(root, tag, listId, IndentStep);
            _out.Append("</").Append(tag).Append(">\n");
        }
        var toc = _out.ToString();
        _out.Clear().Append(saved);
        return html.Replace(_data.TocPlaceholder!, toc, StringComparison.Ordinal);
    }

    private void WriteTocItems(TocNode parent, string tag, string listId, int indent)
    {
        foreach (var node in parent.Children)
        {
            var entry = node.Entry!;
            Indent(indent);
            _out.Append("<li><a href=\"#");
            KramdownEscaping.AppendAttribute(_out, entry.Id);
            _out.Append("\" id=\"");
            KramdownEscaping.AppendAttribute(_out, listId + "-" + entry.Id);
            _out.Append("\">");
            _inToc = true;
            WriteInlines(entry.Heading.Inline);
            _inToc = false;
            _out.Append("</a>");
            if (node.Children.Count > 0)
            {
                Indent(indent + IndentStep);
                _out.Append('<').Append(tag).Append(">\n");
                WriteTocItems(node, tag, listId, indent + 2 * IndentStep);
                Indent(indent + IndentStep);
                _out.Append("</").Append(tag).Append(">\n");
                Indent(indent);
            }
            _out.Append("</li>\n");
        }
    }

    private sealed record TocEntry(int Level, string Id, HeadingBlock Heading);

    private sealed class TocNode(int level, TocEntry? entry)
    {
        public int Level { get; } = level;

        public TocEntry? Entry { get; } = entry;

        public List<TocNode> Children { get; } = [];
    }
}
