namespace Gazette.Pipeline;

/// <summary>What a successful build did.</summary>
/// <param name="Destination">The output folder.</param>
/// <param name="DocumentsWritten">Pages, posts and collection documents written.</param>
/// <param name="StaticFilesCopied">Static files copied.</param>
/// <param name="Elapsed">Wall time of the build.</param>
/// <param name="Profile">Stage and template timings when <see cref="BuildOptions.Profile"/> was set.</param>
public sealed record BuildResult(string Destination, int DocumentsWritten, int StaticFilesCopied, TimeSpan Elapsed,
    BuildProfile? Profile = null)
{
    /// <summary>What Jekyll would have logged as warnings, in the order it would log them.</summary>
    public IReadOnlyList<Diagnostics.BuildWarning> Warnings { get; init; } = [];
}
