using System.Text;

namespace Gazette.SiteGenerator;

/// <summary>Front matter building: YAML scalars and flow sequences as the three tools all read them.</summary>
internal sealed class YamlText
{
    private readonly StringBuilder _text = new("---\n");

    /// <summary>Adds <c>key: value</c> with the value written as is (for dates, paths and names that need no quoting).</summary>
    public YamlText Plain(string key, string value)
    {
        _text.Append(key).Append(": ").Append(value).Append('\n');
        return this;
    }

    /// <summary>Adds <c>key: "value"</c> in a double-quoted scalar.</summary>
    public YamlText Quoted(string key, string value)
    {
        _text.Append(key).Append(": ").Append(Quote(value)).Append('\n');
        return this;
    }

    /// <summary>Adds <c>key: [a, b]</c>; items are single words and need no quoting.</summary>
    public YamlText List(string key, IEnumerable<string> items)
    {
        _text.Append(key).Append(": [").AppendJoin(", ", items).Append("]\n");
        return this;
    }

    /// <summary>Closes the front matter and appends a blank line and the body.</summary>
    public string WithBody(string body) => _text.Append("---\n\n").Append(body).ToString();

    /// <summary>A YAML double-quoted scalar: backslash and double quote escaped.</summary>
    public static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
