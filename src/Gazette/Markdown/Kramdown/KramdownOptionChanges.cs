namespace Gazette.Markdown.Kramdown;

/// <summary>
/// Options set inside a document with <c>{::options key="value" /}</c> (kramdown:
/// parser/kramdown/extensions.rb handle_extension), in source order. Parser options take effect from
/// the extension on; the converter sees every value (the last one wins), as kramdown merges
/// <c>root.options[:options]</c> into its options before converting (converter/base.rb convert).
/// </summary>
internal sealed class KramdownOptionChanges
{
    private readonly List<(int Position, string Key, string Value)> _changes = [];

    public bool IsEmpty => _changes.Count == 0;

    /// <summary>Records the attributes of one extension at source <paramref name="position"/>.</summary>
    public void Add(int position, KramdownAttributeList attributes)
    {
        foreach (var (key, value) in attributes.Pairs)
        {
            // kramdown: forbidden_inline_options (template, and itself) may not be set inline.
            if (key is not ("template" or "forbidden_inline_options"))
            {
                _changes.Add((position, key, value));
            }
        }
    }

    // kramdown: options.rb parse for a Boolean option: anything but "false" (any case) or empty.
    /// <summary>The value of a boolean parser option at <paramref name="position"/>, or null when no extension before it set one.</summary>
    public bool? BoolAt(int position, string key)
    {
        string? value = null;
        foreach (var change in _changes)
        {
            if (change.Position < position && change.Key == key)
            {
                value = change.Value;
            }
        }
        return value is null ? null : IsTrue(value);
    }

    /// <summary>Every change made before <paramref name="position"/> (all of them for <see cref="int.MaxValue"/>), later ones replacing earlier ones.</summary>
    public Dictionary<string, object?> Before(int position)
    {
        var section = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var change in _changes)
        {
            if (change.Position < position)
            {
                section[change.Key] = change.Value;
            }
        }
        return section;
    }

    public static bool IsTrue(string value)
    {
        var text = value.Trim();
        return text.Length > 0 && !text.Equals("false", StringComparison.OrdinalIgnoreCase);
    }
}
