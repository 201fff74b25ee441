using Gazette.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Gazette.Yaml;

/// <summary>
/// Loads YAML text into plain values (<see cref="Dictionary{TKey,TValue}"/> with string keys,
/// <see cref="List{T}"/>, string, long, double, bool, <see cref="YamlDate"/>, <see cref="DateTimeOffset"/>, null)
/// with Ruby's YAML 1.1 rules, reporting syntax errors with their line and column.
/// </summary>
internal static class YamlLoader
{
    /// <summary>Loads the first document of <paramref name="text"/>; an empty document is null.</summary>
    /// <param name="text">The YAML.</param>
    /// <param name="file">The file name used in error messages.</param>
    /// <param name="lineOffset">Lines before the YAML in its file (front matter starts after <c>---</c>).</param>
    public static object? Load(string text, string file, int lineOffset = 0)
    {
        try
        {
            var parser = new Parser(new StringReader(text));
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                return null;
            }
            parser.Consume<DocumentStart>();
            var anchors = new Dictionary<string, object?>(StringComparer.Ordinal);
            return ReadNode(parser, anchors);
        }
        catch (YamlException e)
        {
            var message = e.InnerException?.Message ?? e.Message;
            throw new BuildException(new Diagnostic(
                file, (int)e.Start.Line + lineOffset, (int)e.Start.Column,
                "invalid YAML: " + StripPosition(message),
                "check the indentation and quoting near this line; quote values that contain ': ' or start with a special character"));
        }
    }

    /// <summary>Loads a YAML mapping, or an empty one when the text is empty; anything else is an error.</summary>
    public static Dictionary<string, object?> LoadMapping(string text, string file, int lineOffset = 0)
    {
        return Load(text, file, lineOffset) switch
        {
            null => new Dictionary<string, object?>(StringComparer.Ordinal),
            Dictionary<string, object?> map => map,
            _ => throw new BuildException(new Diagnostic(file, lineOffset + 1, 1,
                "expected a YAML mapping of keys to values", "write the data as `key: value` lines")),
        };
    }

    private static string StripPosition(string message)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 7, Idx: 40) - (Line: ...): " to its messages.
        var index = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith('(') && index > 0 ? message[(index + 3)..] : message;
    }

    private static object? ReadNode(IParser parser, Dictionary<string, object?> anchors)
    {
        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            return anchors.TryGetValue(alias.Value.Value, out var target) ? target
                : throw new YamlException(alias.Start, alias.End, $"unknown alias '{alias.Value}'");
        }
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            var value = ResolveScalar(scalar);
            Remember(anchors, scalar.Anchor, value);
            return value;
        }
        if (parser.TryConsume<SequenceStart>(out var sequenceStart))
        {
            var list = new List<object?>();
            Remember(anchors, sequenceStart.Anchor, list);
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                list.Add(ReadNode(parser, anchors));
            }
            return list;
        }
        var mappingStart = parser.Consume<MappingStart>();
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        Remember(anchors, mappingStart.Anchor, map);
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var keyEvent = parser.Current;
            var key = ReadNode(parser, anchors);
            var value = ReadNode(parser, anchors);
            if (key is string { Length: 2 } merge && merge == "<<" && keyEvent is Scalar { Style: ScalarStyle.Plain })
            {
                MergeInto(map, value);
                continue;
            }
            map[ScalarText.Of(key)] = value;
        }
        return map;
    }

    private static void MergeInto(Dictionary<string, object?> map, object? value)
    {
        var sources = value as List<object?> ?? [value];
        foreach (var source in sources)
        {
            if (source is Dictionary<string, object?> other)
            {
                foreach (var (k, v) in other)
                {
                    map.TryAdd(k, v);
                }
            }
        }
    }


    private static void Remember(Dictionary<string, object?> anchors, AnchorName anchor, object? value)
    {
        if (!anchor.IsEmpty)
        {
            anchors[anchor.Value] = value;
        }
    }

    private static object? ResolveScalar(Scalar scalar)
    {
        if (!scalar.Tag.IsEmpty)
        {
            return ResolveTagged(scalar.Tag.Value, scalar.Value);
        }
        return scalar.Style == ScalarStyle.Plain ? YamlScalarResolver.Resolve(scalar.Value) : scalar.Value;
    }

    private static object? ResolveTagged(string tag, string text) => tag switch
    {
        "tag:yaml.org,2002:str" => text,
        "tag:yaml.org,2002:null" => null,
        _ => YamlScalarResolver.Resolve(text),
    };
}
