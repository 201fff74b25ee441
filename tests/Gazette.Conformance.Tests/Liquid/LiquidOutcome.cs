namespace Gazette.Conformance.Tests.Liquid;

/// <summary>What the engine did with a case: an output, or an error (parse or render).</summary>
/// <param name="Output">The rendered text, or null after an error.</param>
/// <param name="Error">The error message, or null when it rendered.</param>
internal sealed record LiquidOutcome(string? Output, string? Error)
{
    public override string ToString() => Error is null ? $"\"{Output}\"" : "error: " + Error;
}
