namespace Gazette.Tests.Differential;

/// <summary>
/// Fixture sites that do not match Jekyll yet, each with the reason. A listed site is still built and compared:
/// the test is skipped while it differs and fails once it matches, so the list cannot go stale.
/// Mirrored in docs/compat.md.
/// </summary>
internal static class KnownFixtureGaps
{
    public static readonly IReadOnlyDictionary<string, string> Sites = new Dictionary<string, string>(StringComparer.Ordinal)
    {
    };
}
