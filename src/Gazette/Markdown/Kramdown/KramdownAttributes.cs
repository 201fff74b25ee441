using System.Text;
using Markdig.Syntax;

namespace Gazette.Markdown.Kramdown;

/// <summary>
/// An element's HTML attributes in kramdown's order (insertion order of its attribute hash), plus the
/// ALD references of its IAL (<c>toc</c>, <c>footnotes</c>, <c>standalone</c>, <c>auto_ids</c>, …).
/// </summary>
internal sealed class KramdownAttributes
{
    private static readonly object DataKey = typeof(KramdownAttributes);
    private readonly List<KeyValuePair<string, string>> _items = [];
    private List<string>? _refs;

    public int Count => _items.Count;

    public IReadOnlyList<KeyValuePair<string, string>> Items => _items;

    public IReadOnlyList<string> Refs => (IReadOnlyList<string>?)_refs ?? [];

    public static KramdownAttributes? Of(MarkdownObject node) => node.GetData(DataKey) as KramdownAttributes;

    public static KramdownAttributes For(MarkdownObject node)
    {
        if (node.GetData(DataKey) is not KramdownAttributes attributes)
        {
            attributes = new KramdownAttributes();
            node.SetData(DataKey, attributes);
        }
        return attributes;
    }

    public string? Get(string name)
    {
        foreach (var pair in _items)
        {
            if (pair.Key == name)
            {
                return pair.Value;
            }
        }
        return null;
    }

    /// <summary>Sets a value, keeping the position of an existing key (Ruby hash semantics).</summary>
    public void Set(string name, string value)
    {
        for (var i = 0; i < _items.Count; i++)
        {
            if (_items[i].Key == name)
            {
                _items[i] = new(name, value);
                return;
            }
        }
        _items.Add(new(name, value));
    }

    public bool Remove(string name)
    {
        var index = _items.FindIndex(p => p.Key == name);
        if (index < 0)
        {
            return false;
        }
        _items.RemoveAt(index);
        return true;
    }

    public void AddRef(string reference) => (_refs ??= []).Add(reference);

    public bool HasRef(string reference) => _refs?.Contains(reference) == true;

    // kramdown: parser/kramdown.rb update_attr_with_ial: ALD references first, then the IAL's own
    // keys; "class" values are appended, other keys overwrite.
    /// <summary>Applies an IAL (with its ALD references resolved) to these attributes.</summary>
    public void Apply(KramdownAttributeList ial, IReadOnlyDictionary<string, KramdownAttributeList>? alds)
    {
        foreach (var reference in ial.Refs)
        {
            if (alds is not null && alds.TryGetValue(reference, out var ald))
            {
                Apply(ald, alds);
            }
        }
        foreach (var (key, value) in ial.Pairs)
        {
            if (key == "class")
            {
                var existing = Get("class");
                Set("class", string.IsNullOrEmpty(existing) ? value : (existing + " " + value).TrimStart());
            }
            else
            {
                Set(key, value);
            }
        }
        foreach (var reference in ial.Refs)
        {
            AddRef(reference);
        }
    }

    // kramdown: utils/html.rb html_attributes skips nil values and blank ids.
    /// <summary>Writes <c> key="value"</c> for each attribute, escaped as kramdown escapes attributes.</summary>
    public static void Write(StringBuilder output, IReadOnlyList<KeyValuePair<string, string>>? items)
    {
        if (items is null)
        {
            return;
        }
        foreach (var (key, value) in items)
        {
            if (key == "id" && string.IsNullOrWhiteSpace(value))
            {
                continue;
            }
            output.Append(' ').Append(key).Append("=\"");
            KramdownEscaping.AppendAttribute(output, value);
            output.Append('"');
        }
    }
}
