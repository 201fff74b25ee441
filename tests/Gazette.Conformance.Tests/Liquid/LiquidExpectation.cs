namespace Gazette.Conformance.Tests.Liquid;

/// <summary>
/// The expected outcome of a case: one of several outputs, or an error at parse or render time (only "raised or
/// not" is compared; Liquid 4's messages differ from the suites').
/// </summary>
/// <param name="Outputs">The acceptable outputs; empty when an error is expected.</param>
/// <param name="Source">Where the expectation comes from: the suite itself, or Jekyll's differences file.</param>
internal sealed record LiquidExpectation(IReadOnlyList<string> Outputs, string Source)
{
    public bool IsError => Outputs.Count == 0;

    public static LiquidExpectation Error(string source) => new([], source);

    public static LiquidExpectation Output(string output, string source) => new([output], source);

    public bool IsMetBy(LiquidOutcome outcome) =>
        IsError ? outcome.Error is not null && outcome.InternalError is null : outcome.Error is null && Outputs.Contains(outcome.Output!, StringComparer.Ordinal);

    public override string ToString() => IsError
        ? $"an error ({Source})"
        : string.Join(" or ", Outputs.Select(o => "\"" + o + "\"")) + $" ({Source})";
}
