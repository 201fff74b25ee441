using System.Globalization;
using YamlDotNet.Serialization;

namespace Gazette.Conformance.Tests.Markdown;

/// <summary>
/// Reads kramdown-style test case folders: every <c>.text</c> with an <c>.html</c> sibling is a case,
/// its options come from <c>base.options</c>, else <c>dir/options</c>, else
/// <c>{auto_ids: false, footnote_nr: 1}</c> (shared/conformance/README.md §3).
/// </summary>
internal static class KramdownTestcaseFiles
{
    private static readonly Dictionary<string, object?> FallbackOptions = new() { ["auto_ids"] = false, ["footnote_nr"] = 1L };

    public static List<MarkdownConformanceCase> Load(string root, string idPrefix)
    {
        var cases = new List<MarkdownConformanceCase>();
        foreach (var text in Directory.EnumerateFiles(root, "*.text", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var html = Path.ChangeExtension(text, ".html");
            if (!File.Exists(html))
            {
                continue;
            }
            var id = idPrefix + Path.GetRelativePath(root, text).Replace('\\', '/');
            cases.Add(new MarkdownConformanceCase(id, File.ReadAllText(text), File.ReadAllText(html), OptionsFor(text)));
        }
        return cases;
    }

    private static Dictionary<string, object?> OptionsFor(string textFile)
    {
        var own = Path.ChangeExtension(textFile, ".options");
        var shared = Path.Combine(Path.GetDirectoryName(textFile)!, "options");
        var file = File.Exists(own) ? own : File.Exists(shared) ? shared : null;
        return file is null ? FallbackOptions : Parse(File.ReadAllText(file));
    }

    // The files are Ruby-flavoured YAML: keys ":name:", symbol values ":numeric", "~" for nil.
    private static Dictionary<string, object?> Parse(string yaml)
    {
        var raw = new DeserializerBuilder().Build().Deserialize<Dictionary<object, object?>>(yaml) ?? [];
        return raw.ToDictionary(p => p.Key.ToString()!.TrimStart(':'), p => Convert(p.Value));
    }

    private static object? Convert(object? value) => value switch
    {
        null => null,
        string s when s is "~" or "null" => null,
        string s when bool.TryParse(s, out var b) => b,
        string s when long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) => l,
        string s => s.StartsWith(':') ? s[1..] : s,
        Dictionary<object, object?> map => map.ToDictionary(p => p.Key.ToString()!.TrimStart(':'), p => Convert(p.Value)),
        List<object?> list => list.Select(Convert).ToList(),
        _ => value,
    };
}
