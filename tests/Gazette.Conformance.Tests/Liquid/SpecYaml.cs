using System.Text;
using Gazette.Yaml;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Gazette.Conformance.Tests.Liquid;

/// <summary>
/// Reads liquid-spec's Ruby-flavoured YAML into plain values (README §2, "YAML traps"): only the first
/// document, plain scalars resolved as Psych does, <c>!binary</c> decoded, anchors and (even recursive)
/// aliases kept, complex keys turned into text. Ruby symbol keys (<c>:foo</c>) keep their colon, so Liquid
/// cannot reach them by name, as in Ruby.
/// </summary>
internal static class SpecYaml
{
    public static object? LoadFirstDocument(string text)
    {
        var parser = new Parser(new StringReader(text));
        parser.Consume<StreamStart>();
        if (parser.Accept<StreamEnd>(out _))
        {
            return null;
        }
        parser.Consume<DocumentStart>();
        return Read(parser, new Dictionary<string, object?>(StringComparer.Ordinal));
    }

    /// <summary>A key of a spec or metadata map, written with or without Ruby's symbol colon.</summary>
    public static object? Get(Dictionary<string, object?> map, string key) =>
        map.TryGetValue(key, out var value) || map.TryGetValue(":" + key, out value) ? value : null;

    /// <summary>A symbol or string value as text, without the symbol colon (<c>:lax</c> → <c>lax</c>).</summary>
    public static string? Symbol(object? value) => value is string s ? s.TrimStart(':') : null;

    private static object? Read(IParser parser, Dictionary<string, object?> anchors)
    {
        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            return anchors.GetValueOrDefault(alias.Value.Value);
        }
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            var value = Resolve(scalar);
            if (!scalar.Anchor.IsEmpty)
            {
                anchors[scalar.Anchor.Value] = value;
            }
            return value;
        }
        if (parser.TryConsume<SequenceStart>(out var sequenceStart))
        {
            var list = new List<object?>();
            if (!sequenceStart.Anchor.IsEmpty)
            {
                anchors[sequenceStart.Anchor.Value] = list;
            }
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                list.Add(Read(parser, anchors));
            }
            return list;
        }
        var mappingStart = parser.Consume<MappingStart>();
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (!mappingStart.Anchor.IsEmpty)
        {
            anchors[mappingStart.Anchor.Value] = map;
        }
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var key = Read(parser, anchors);
            map[KeyText(key)] = Read(parser, anchors);
        }
        return map;
    }

    private static object? Resolve(Scalar scalar)
    {
        var tag = scalar.Tag.IsEmpty ? "" : scalar.Tag.Value;
        if (tag is "!binary" or "tag:yaml.org,2002:binary")
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(scalar.Value));
        }
        if (tag is "tag:yaml.org,2002:str" || (tag.Length == 0 && scalar.Style != ScalarStyle.Plain))
        {
            return scalar.Value;
        }
        return YamlScalarResolver.Resolve(scalar.Value);
    }

    private static string KeyText(object? key) => key switch
    {
        null => "",
        string s => s,
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        Dictionary<string, object?> map => "{" + string.Join(", ", map.Select(p => p.Key + "=>" + KeyText(p.Value))) + "}",
        List<object?> list => "[" + string.Join(", ", list.Select(KeyText)) + "]",
        _ => key.ToString() ?? "",
    };
}
