using System.Text.Json;
using Gazette.Diagnostics;

namespace Gazette.Content;

/// <summary>Reads JSON data files into the same plain values as YAML.</summary>
internal static class JsonData
{
    public static object? Parse(string text, string file)
    {
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            return Convert(document.RootElement);
        }
        catch (JsonException e)
        {
            throw new BuildException(new Diagnostic(file, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1,
                "invalid JSON: " + e.Message, "fix the JSON syntax at this position"));
        }
    }

    private static object? Convert(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().Aggregate(
            new Dictionary<string, object?>(StringComparer.Ordinal),
            (map, p) => { map[p.Name] = Convert(p.Value); return map; }),
        JsonValueKind.Array => element.EnumerateArray().Select(Convert).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var l) ? l : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
