namespace Gazette.Conformance.Tests.Liquid;

/// <summary>What the engine did with a case: an output, or an error (parse or render).</summary>
/// <param name="Output">The rendered text, or null after an error.</param>
/// <param name="Error">The error message, or null when it rendered.</param>
/// <param name="InternalError">The .NET exception type when the error was not a Liquid error (a bug), else null.</param>
internal sealed record LiquidOutcome(string? Output, string? Error, string? InternalError = null)
{
    public override string ToString() => Error is null ? $"\"{Output}\"" : InternalError is null ? "error: " + Error : $"internal error ({InternalError}): {Error}";
}
