using Gazette.Diagnostics;
using Gazette.Yaml;

namespace Gazette.Markdown;

/// <summary>How kramdown reads option values that come as YAML objects or as strings (kramdown: options.rb).</summary>
internal static class KramdownOptionValues
{
    /// <summary>Ruby truthiness: everything but nil and false.</summary>
    public static bool Truthy(object? value) => value is not (null or false);

    // kramdown: options.rb simple_hash_validator parses a string as YAML and wants a hash.
    /// <summary>The value as a hash (a YAML string is parsed), or null when it is none.</summary>
    public static IReadOnlyDictionary<string, object?>? Hash(object? value)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> map:
                return Normalize(map);
            case IDictionary<string, object?> map:
                return Normalize(map.AsReadOnly());
            case string text:
                try
                {
                    return YamlLoader.Load(text, "{::options}") is Dictionary<string, object?> parsed ? Normalize(parsed) : null;
                }
                catch (BuildException)
                {
                    return null;
                }
            default:
                return null;
        }
    }

    // Keys may be written as Ruby symbols (":default_lang"); kramdown converts them to symbols.
    private static Dictionary<string, object?> Normalize(IReadOnlyDictionary<string, object?> map)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in map)
        {
            result[key.TrimStart(':')] = value;
        }
        return result;
    }

    // kramdown: options.rb str_to_sym: a leading colon goes, empty and "nil" mean nil.
    /// <summary>A Symbol-typed option value, or null.</summary>
    public static string? Symbol(object? value)
    {
        if (value is null)
        {
            return null;
        }
        var text = ScalarText.Of(value).Trim();
        if (text.StartsWith(':'))
        {
            text = text[1..];
        }
        return text.Length == 0 || text == "nil" ? null : text;
    }
}
