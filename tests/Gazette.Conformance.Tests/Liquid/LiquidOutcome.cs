namespace Gazette.Conformance.Tests.Liquid;

/// <summary>What the engine did with a case: an output, or an error (parse or render).</summary>
/// <param name="Output">The rendered text, or null after an error.</param>
/// <param name="Error">The error message, or null when it rendered.</param>
/// <param name="InternalError">The .NET exception type when the error was not a Liquid error (a bug), else null.</param>
/// <param name="Warnings">The warnings warn mode recorded while parsing (empty when the parse failed).</param>
internal sealed record LiquidOutcome(string? Output, string? Error, string? InternalError = null, IReadOnlyList<string>? Warnings = null)
{
    public override string ToString() => Error is null ? $"\"{Output}\"" : InternalError is null ? "error: " + Error : $"internal error ({InternalError}): {Error}";
}
