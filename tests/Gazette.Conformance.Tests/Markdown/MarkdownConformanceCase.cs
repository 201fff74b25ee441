namespace Gazette.Conformance.Tests.Markdown;

/// <summary>One input/expected-output pair of a Markdown conformance corpus.</summary>
/// <param name="Id">Stable name used as the test display name and as the key in <see cref="KnownMarkdownGaps"/>.</param>
/// <param name="Markdown">The Markdown input.</param>
/// <param name="ExpectedHtml">The reference HTML.</param>
/// <param name="Options">Per-case kramdown options (kramdown's own test cases), or null.</param>
internal sealed record MarkdownConformanceCase(string Id, string Markdown, string ExpectedHtml, IReadOnlyDictionary<string, object?>? Options = null);
