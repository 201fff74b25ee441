namespace Gazette.Conformance.Tests.Liquid;

/// <summary>A reason group of the known-gaps ledger.</summary>
/// <param name="Key">A short stable key, such as <c>lax-parsing</c>.</param>
/// <param name="Reason">Why Gazette differs from Jekyll for these cases.</param>
internal sealed record LiquidGap(string Key, string Reason);
