namespace Gazette.Conformance.Tests.Liquid;

/// <summary>
/// Gazette's Liquid 5 tag extension (<c>echo</c>, <c>render</c>, <c>liquid</c>, <c>{% # %}</c>) checked against the
/// suites themselves: every golden-liquid case and liquid-spec spec that Jekyll 4.4.1 rejects only because it uses a
/// Liquid 5 tag (differences category <c>tag-not-in-liquid-4</c>), run with the extension on and expecting the
/// suite's own (Shopify Liquid 5) outcome. The two suites above keep Jekyll's outcome with the extension off.
/// </summary>
internal static class Liquid5TagCases
{
    public const string Suite = "liquid5-tags";

    private const string Category = "tag-not-in-liquid-4";

    private static readonly Lazy<IReadOnlyList<LiquidCase>> Cases = new(() =>
        GoldenLiquidCases.All.Concat(LiquidSpecCases.All)
            .Where(c => c.JekyllCategory == Category)
            .Select(c => c with { Suite = Suite, Id = c.Suite + ": " + c.Id, Expected = c.SuiteExpected })
            .ToList());

    public static IReadOnlyList<LiquidCase> All => Cases.Value;
}
