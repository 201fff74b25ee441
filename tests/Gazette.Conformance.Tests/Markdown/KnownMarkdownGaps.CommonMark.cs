namespace Gazette.Conformance.Tests.Markdown;

internal static partial class KnownMarkdownGaps
{
    /// <summary>Ledger for <c>commonmark-spec</c> in <c>markdown: CommonMark</c> mode.</summary>
    public static IReadOnlyDictionary<string, string> CommonMark { get; } = Ledger();
}
