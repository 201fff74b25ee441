namespace Gazette.Conformance.Tests.Liquid;

/// <summary>One Liquid conformance case, with the outcome Jekyll 4.4.1 gives for it.</summary>
/// <param name="Suite">"golden-liquid" or "liquid-spec".</param>
/// <param name="Id">Unique within the suite: the golden name, or <c>suite/file.yml:name</c> for liquid-spec.</param>
/// <param name="Template">The Liquid source.</param>
/// <param name="Data">The variables, as plain values (dictionaries, lists, strings, numbers…).</param>
/// <param name="Files">Include files by the name used in the tag, or null when the case has none.</param>
/// <param name="Expected">What Jekyll does.</param>
/// <param name="SuiteExpected">What the suite itself expects (Shopify's Liquid 5).</param>
/// <param name="JekyllCategory">The differences file's category when Jekyll differs from the suite, else null.</param>
/// <param name="JekyllWarnings">The "Liquid Warning" texts Jekyll 4.4.1 gave, where the differences file records them.</param>
/// <param name="DataAreGlobals">
/// Whether the data are Liquid's static environments (liquid-spec's adapter), which a <c>render</c> partial can
/// see, rather than ordinary variables (golden-liquid's), which it cannot.
/// </param>
internal sealed record LiquidCase(
    string Suite,
    string Id,
    string Template,
    IReadOnlyDictionary<string, object?> Data,
    IReadOnlyDictionary<string, string>? Files,
    LiquidExpectation Expected,
    LiquidExpectation SuiteExpected,
    string? JekyllCategory,
    IReadOnlyList<string>? JekyllWarnings,
    bool DataAreGlobals)
{
    public override string ToString() => Id;
}
