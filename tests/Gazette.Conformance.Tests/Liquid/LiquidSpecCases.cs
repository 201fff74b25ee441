using System.Text.Json;

namespace Gazette.Conformance.Tests.Liquid;

/// <summary>
/// Reads the portable liquid-spec specs (README §2) with Jekyll 4.4.1's outcome where its differences file
/// lists one. A spec is portable unless it needs Ruby objects, Shopify features, inline errors or Ruby-only
/// options — the same skip rule the differences file was made with (its <c>skip_rule</c>).
/// </summary>
internal static class LiquidSpecCases
{
    public const string Suite = "liquid-spec";

    private static readonly string[] Suites = ["basics", "liquid_ruby", "liquid_ruby_lax", "parser_errors", "partials", "shopify_production_recordings"];

    private static readonly HashSet<string> NonPortableFeatures = new(StringComparer.Ordinal)
    {
        "drops", "ruby_drops", "ruby_types", "drop_class_output", "binary_data", "template_factory",
        "self_environment_shadowing", "activesupport", "randomness", "inline_errors", "strict2_blank_body_errors",
    };

    private static readonly string[] RubyOnlyKeys = ["resource_limits", "exception_renderer", "context_klass", "generate", "expected_pattern"];

    private static readonly Lazy<IReadOnlyList<LiquidCase>> Cases = new(Load);

    public static IReadOnlyList<LiquidCase> All => Cases.Value;

    /// <summary>The suite folder a case id starts with (<c>basics/specs.yml:name</c> → <c>basics</c>).</summary>
    public static string SubSuiteOf(LiquidCase c) => c.Id[..c.Id.IndexOf('/', StringComparison.Ordinal)];

    private static List<LiquidCase> Load()
    {
        var root = Path.Combine(SharedData.ConformanceRoot, "liquid", "liquid-spec");
        var jekyll = ReadDifferences(Path.Combine(root, "jekyll-4.4.1-differences.json"));
        var cases = new List<LiquidCase>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var suite in Suites)
        {
            var folder = Path.Combine(root, "specs", suite);
            var suiteFile = (Dictionary<string, object?>)SpecYaml.LoadFirstDocument(File.ReadAllText(Path.Combine(folder, "suite.yml")))!;
            var suiteFeatures = Features(suiteFile);
            var suiteDefaults = SpecYaml.Get(suiteFile, "defaults") as Dictionary<string, object?> ?? [];
            foreach (var path in Directory.GetFiles(folder, "*.yml").Where(p => Path.GetFileName(p) != "suite.yml").Order(StringComparer.Ordinal))
            {
                var file = suite + "/" + Path.GetFileName(path);
                var document = SpecYaml.LoadFirstDocument(File.ReadAllText(path));
                var metadata = (document as Dictionary<string, object?>)?.GetValueOrDefault("_metadata") as Dictionary<string, object?> ?? [];
                var specs = document as List<object?> ?? (document as Dictionary<string, object?>)?.GetValueOrDefault("specs") as List<object?> ?? [];
                foreach (var spec in specs.OfType<Dictionary<string, object?>>())
                {
                    if (!IsPortable(spec, metadata, suiteFeatures, suiteDefaults))
                    {
                        continue;
                    }
                    var name = file + ":" + SpecYaml.Get(spec, "name");
                    var own = SpecExpectation(spec);
                    var expected = jekyll.TryGetValue(name, out var observed) ? observed.Expected : own;
                    // Names are meant to be unique within a file; one is not (basics/truthiness_matrix.yml).
                    var id = name;
                    for (var n = 2; !ids.Add(id); n++)
                    {
                        id = name + " #" + n;
                    }
                    cases.Add(new LiquidCase(Suite, id, SpecYaml.Get(spec, "template") as string ?? "",
                        SpecYaml.Get(spec, "environment") as Dictionary<string, object?> ?? [],
                        Files(SpecYaml.Get(spec, "filesystem")), expected, own, observed.Category, observed.Warnings, DataAreGlobals: true));
                }
            }
        }
        return cases;
    }

    private static bool IsPortable(Dictionary<string, object?> spec, Dictionary<string, object?> metadata,
        HashSet<string> suiteFeatures, Dictionary<string, object?> suiteDefaults)
    {
        var features = new HashSet<string>(suiteFeatures, StringComparer.Ordinal);
        features.UnionWith(Features(metadata));
        features.UnionWith(Features(spec));
        var renderErrors = SpecYaml.Get(spec, "render_errors") ?? SpecYaml.Get(metadata, "render_errors") ?? SpecYaml.Get(suiteDefaults, "render_errors");
        if (renderErrors is true)
        {
            features.Add("inline_errors");
        }
        return !features.Any(f => NonPortableFeatures.Contains(f) || f.StartsWith("shopify_", StringComparison.Ordinal))
            && !Instantiates(SpecYaml.Get(spec, "environment"))
            && !RubyOnlyKeys.Any(k => SpecYaml.Get(spec, k) is not null);
    }

    private static HashSet<string> Features(Dictionary<string, object?> map) =>
        new((SpecYaml.Get(map, "features") as List<object?> ?? []).Select(f => SpecYaml.Symbol(f) ?? ""), StringComparer.Ordinal);

    // liquid-spec: "instantiate:ClassName" (or a one-key map with such a key) stands for a Ruby test drop.
    private static bool Instantiates(object? value) => value switch
    {
        string s => s.StartsWith("instantiate:", StringComparison.Ordinal),
        Dictionary<string, object?> map => map.Any(p => Instantiates(p.Key) || Instantiates(p.Value)),
        List<object?> list => list.Any(Instantiates),
        _ => false,
    };

    private static LiquidExpectation SpecExpectation(Dictionary<string, object?> spec) =>
        SpecYaml.Get(spec, "errors") is not null
            ? LiquidExpectation.Error("liquid-spec")
            : LiquidExpectation.Output(SpecYaml.Get(spec, "expected") switch
            {
                null => "",
                string s => s,
                var other => Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture) ?? "",
            }, "liquid-spec");

    // liquid-spec: "_error-message" is the text for a missing file, not a file.
    private static Dictionary<string, string>? Files(object? filesystem) => filesystem is Dictionary<string, object?> map
        ? map.Where(p => p.Key != "_error-message").ToDictionary(p => p.Key, p => p.Value as string ?? "", StringComparer.Ordinal)
        : null;

    private static Dictionary<string, (LiquidExpectation Expected, string Category, List<string>? Warnings)> ReadDifferences(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        var map = new Dictionary<string, (LiquidExpectation, string, List<string>?)>(StringComparer.Ordinal);
        foreach (var row in doc.RootElement.GetProperty("cases").EnumerateArray())
        {
            var file = row.GetProperty("file").GetString()!["specs/".Length..];
            map[file + ":" + row.GetProperty("name").GetString()] =
                (GoldenLiquidCases.JekyllOutcome(row.GetProperty("jekyll_4_4_1")), row.GetProperty("category").GetString()!, GoldenLiquidCases.JekyllWarnings(row.GetProperty("jekyll_4_4_1")));
        }
        return map;
    }
}
