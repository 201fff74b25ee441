namespace Gazette.Conformance.Tests.Markdown;

/// <summary>
/// The skip ledgers of the Markdown conformance suites: case id → why it does not pass yet.
/// Mirrored, grouped by reason, in docs/compat-markdown.md. A listed case that starts passing fails
/// its test until the entry is removed, so the ledger cannot go stale.
/// </summary>
internal static partial class KnownMarkdownGaps
{
    private static Dictionary<string, string> Ledger(params (string Reason, string[] Cases)[] groups)
    {
        var ledger = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (reason, cases) in groups)
        {
            foreach (var id in cases)
            {
                ledger.Add(id, reason);
            }
        }
        return ledger;
    }
}
