using System.Globalization;
using System.Text.Json;

namespace Gazette.Conformance.Tests.Liquid;

/// <summary>
/// Reads golden-liquid's cases, with the expectation replaced by Jekyll 4.4.1's observed outcome wherever
/// <c>jekyll-4.4.1-differences.json</c> lists the case (README §1).
/// </summary>
internal static class GoldenLiquidCases
{
    public const string Suite = "golden-liquid";

    private static readonly Lazy<IReadOnlyList<LiquidCase>> Cases = new(Load);

    public static IReadOnlyList<LiquidCase> All => Cases.Value;

    private static List<LiquidCase> Load()
    {
        var folder = Path.Combine(SharedData.ConformanceRoot, "liquid", "golden-liquid");
        var jekyll = ReadDifferences(Path.Combine(folder, "jekyll-4.4.1-differences.json"));
        using var golden = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "golden_liquid.json")));
        var cases = new List<LiquidCase>();
        foreach (var test in golden.RootElement.GetProperty("tests").EnumerateArray())
        {
            var name = test.GetProperty("name").GetString()!;
            var own = GoldenExpectation(test);
            var expected = jekyll.TryGetValue(name, out var observed) ? observed.Expected : own;
            var data = test.TryGetProperty("data", out var d) ? (Dictionary<string, object?>)ToPlain(d)! : [];
            Dictionary<string, string>? files = null;
            if (test.TryGetProperty("templates", out var t))
            {
                files = t.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
            }
            cases.Add(new LiquidCase(Suite, name, test.GetProperty("template").GetString()!, data, files, expected, own,
                observed.Category, observed.Warnings, DataAreGlobals: false));
        }
        return cases;
    }

    private static LiquidExpectation GoldenExpectation(JsonElement test)
    {
        if (test.TryGetProperty("invalid", out var invalid) && invalid.GetBoolean())
        {
            return LiquidExpectation.Error("golden");
        }
        if (test.TryGetProperty("results", out var results))
        {
            return new LiquidExpectation(results.EnumerateArray().Select(r => r.GetString()!).ToList(), "golden");
        }
        return LiquidExpectation.Output(test.GetProperty("result").GetString()!, "golden");
    }

    /// <summary>Jekyll's outcome for each listed case (its output, or an error) and the row's category.</summary>
    private static Dictionary<string, (LiquidExpectation Expected, string Category, List<string>? Warnings)> ReadDifferences(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        var map = new Dictionary<string, (LiquidExpectation, string, List<string>?)>(StringComparer.Ordinal);
        foreach (var row in doc.RootElement.GetProperty("cases").EnumerateArray())
        {
            map[row.GetProperty("name").GetString()!] = (JekyllOutcome(row.GetProperty("jekyll_4_4_1")), row.GetProperty("category").GetString()!, GoldenLiquidCases.JekyllWarnings(row.GetProperty("jekyll_4_4_1")));
        }
        return map;
    }

    public static LiquidExpectation JekyllOutcome(JsonElement observed) =>
        observed.TryGetProperty("output", out var output)
            ? LiquidExpectation.Output(output.GetString()!, "jekyll-4.4.1")
            : LiquidExpectation.Error("jekyll-4.4.1");

    /// <summary>The warnings Jekyll printed for a case, or null when the file does not record any.</summary>
    public static List<string>? JekyllWarnings(JsonElement observed) =>
        observed.TryGetProperty("warnings", out var warnings) ? warnings.EnumerateArray().Select(w => w.GetString()!).ToList() : null;

    /// <summary>JSON as the plain values Gazette's data readers produce (integers as long, others as double).</summary>
    public static object? ToPlain(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject()
            .Aggregate(new Dictionary<string, object?>(StringComparer.Ordinal), (map, p) => { map[p.Name] = ToPlain(p.Value); return map; }),
        JsonValueKind.Array => element.EnumerateArray().Select(ToPlain).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => Number(element.GetRawText()),
        _ => null,
    };

    private static object Number(string raw) =>
        raw.AsSpan().IndexOfAny(".eE") < 0 && long.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)
            ? (object)l
            : double.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture);
}
