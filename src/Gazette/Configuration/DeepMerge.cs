namespace Gazette.Configuration;

/// <summary>
/// Jekyll: <c>Utils.deep_merge_hashes</c> (lib/jekyll/utils.rb) — nested mappings merge key by key,
/// everything else (lists included) is replaced by the overriding value, except that a nil value never
/// replaces an existing one (<c>Utils.merge_values</c>).
/// </summary>
internal static class DeepMerge
{
    /// <summary>Returns a new mapping: <paramref name="master"/> overridden by <paramref name="other"/>.</summary>
    public static Dictionary<string, object?> Merge(IReadOnlyDictionary<string, object?> master, IReadOnlyDictionary<string, object?> other)
    {
        var result = new Dictionary<string, object?>(master, StringComparer.Ordinal);
        MergeInto(result, other);
        return result;
    }

    /// <summary>Overrides <paramref name="target"/> in place with <paramref name="other"/>.</summary>
    public static void MergeInto(Dictionary<string, object?> target, IReadOnlyDictionary<string, object?> other)
    {
        foreach (var (key, value) in other)
        {
            if (value is Dictionary<string, object?> overriding
                && target.TryGetValue(key, out var existing)
                && existing is Dictionary<string, object?> current)
            {
                target[key] = Merge(current, overriding);
            }
            else if (value is not null || !target.ContainsKey(key))
            {
                target[key] = value;
            }
        }
    }
}
