using System.Text.RegularExpressions;

namespace Gazette.Markdown.Kramdown;

/// <summary>A parsed inline attribute list or attribute list definition: <c>.class #id key="value" ref</c>.</summary>
internal sealed partial class KramdownAttributeList
{
    private readonly List<KeyValuePair<string, string>> _pairs = [];
    private readonly List<string> _refs = [];

    public IReadOnlyList<KeyValuePair<string, string>> Pairs => _pairs;

    public IReadOnlyList<string> Refs => _refs;

    public bool IsEmpty => _pairs.Count == 0 && _refs.Count == 0;

    // kramdown: parser/kramdown/extensions.rb parse_attribute_list. Ruby's \w is ASCII-only, so the
    // patterns spell the ASCII classes out. Classes accumulate into one "class" value; ids replace.
    /// <summary>Parses <paramref name="text"/> and adds what it finds to this list.</summary>
    public KramdownAttributeList Parse(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || trimmed == ":")
        {
            return this;
        }
        foreach (Match match in AnyPattern().Matches(text))
        {
            if (match.Groups["ref"].Success)
            {
                _refs.Add(match.Groups["ref"].Value);
            }
            else if (match.Groups["idc"].Success)
            {
                foreach (Match part in IdOrClassPattern().Matches(match.Groups["idc"].Value))
                {
                    if (part.Groups["cls"].Success)
                    {
                        AddClass(part.Groups["cls"].Value);
                    }
                    else
                    {
                        Set("id", part.Groups["id"].Value);
                    }
                }
            }
            else
            {
                var quote = match.Groups["q"].Value;
                var value = match.Groups["val"].Value.Replace("\\}", "}", StringComparison.Ordinal)
                    .Replace("\\" + quote, quote, StringComparison.Ordinal);
                Set(match.Groups["key"].Value, value);
            }
        }
        return this;
    }

    /// <summary>Merges another list into this one (kramdown: <c>update_ial_with_ial</c>).</summary>
    public void Merge(KramdownAttributeList other)
    {
        _refs.AddRange(other._refs);
        foreach (var (key, value) in other._pairs)
        {
            if (key == "class")
            {
                AddClass(value);
            }
            else
            {
                Set(key, value);
            }
        }
    }

    private void AddClass(string value)
    {
        var index = _pairs.FindIndex(p => p.Key == "class");
        if (index < 0)
        {
            _pairs.Add(new("class", value));
        }
        else
        {
            _pairs[index] = new("class", (_pairs[index].Value + " " + value).TrimStart());
        }
    }

    private void Set(string key, string value)
    {
        var index = _pairs.FindIndex(p => p.Key == key);
        if (index < 0)
        {
            _pairs.Add(new(key, value));
        }
        else
        {
            _pairs[index] = new(key, value);
        }
    }

    [GeneratedRegex("""(?:\A|\s)(?:(?<key>[A-Za-z0-9_][A-Za-z0-9_-]*)=(?<q>["'])(?<val>(?:\\\}|\\\k<q>|[^}\x02])*?)\k<q>|(?<ref>[A-Za-z0-9_][A-Za-z0-9_-]*)|(?<idc>(?:\#[A-Za-z][A-Za-z0-9_:-]*|\.[^\s.\#]+)+))(?=\s|\z)""")]
    private static partial Regex AnyPattern();

    [GeneratedRegex("""\#(?<id>[A-Za-z][A-Za-z0-9_:-]*)|\.(?<cls>[^\s.\#]+)""")]
    private static partial Regex IdOrClassPattern();
}
