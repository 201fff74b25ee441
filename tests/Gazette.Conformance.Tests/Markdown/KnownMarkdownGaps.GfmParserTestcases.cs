namespace Gazette.Conformance.Tests.Markdown;

internal static partial class KnownMarkdownGaps
{
    /// <summary>Ledger.</summary>
    public static IReadOnlyDictionary<string, string> GfmParserTestcases { get; } = Ledger();
}
