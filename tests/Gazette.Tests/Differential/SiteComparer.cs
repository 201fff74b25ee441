using System.Text;

namespace Gazette.Tests.Differential;

/// <summary>
/// Compares a built site folder with the folder Jekyll built (the expected output) and lists every
/// difference: missing files, extra files and changed content.
/// </summary>
/// <remarks>
/// <c>.html</c>/<c>.htm</c> files are compared after <see cref="HtmlNormalizer"/>, so formatting
/// whitespace and attribute order do not count. Every other file must match byte for byte; for text
/// the report shows the first differing line, for binary data the first differing byte. Hidden
/// (dot) files are compared like any other file.
/// </remarks>
internal static class SiteComparer
{
    private static readonly EnumerationOptions AllFiles = new()
    {
        RecurseSubdirectories = true,
        AttributesToSkip = FileAttributes.None,
        IgnoreInaccessible = false,
        MatchType = MatchType.Simple,
    };

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Returns the differences between <paramref name="expectedDir"/> and <paramref name="actualDir"/>,
    /// ordered by path; an empty list means the sites match.
    /// </summary>
    /// <param name="expectedDir">Folder with the expected output (Jekyll's <c>_site</c>).</param>
    /// <param name="actualDir">Folder with the output under test.</param>
    /// <exception cref="DirectoryNotFoundException">The expected folder does not exist.</exception>
    public static IReadOnlyList<string> Compare(string expectedDir, string actualDir)
    {
        if (!Directory.Exists(expectedDir))
        {
            throw new DirectoryNotFoundException($"Expected site folder not found: {expectedDir}");
        }

        if (!Directory.Exists(actualDir))
        {
            return [$"actual site folder does not exist: {actualDir}"];
        }

        var expectedFiles = ListFiles(expectedDir);
        var actualFiles = ListFiles(actualDir);
        var differences = new List<string>();
        foreach (var path in expectedFiles.Union(actualFiles).Order(StringComparer.Ordinal))
        {
            if (!actualFiles.Contains(path))
            {
                differences.Add($"missing: {path}");
            }
            else if (!expectedFiles.Contains(path))
            {
                differences.Add($"extra: {path}");
            }
            else if (CompareFile(path, Path.Combine(expectedDir, path), Path.Combine(actualDir, path)) is { } difference)
            {
                differences.Add(difference);
            }
        }

        return differences;
    }

    /// <summary>Formats a difference list as one message for a test failure, showing at most <paramref name="limit"/> entries.</summary>
    public static string Report(IReadOnlyList<string> differences, int limit = 20)
    {
        var shown = differences.Take(limit);
        var more = differences.Count > limit ? $"\n... and {differences.Count - limit} more" : string.Empty;
        return $"{differences.Count} difference(s):\n" + string.Join("\n", shown) + more;
    }

    /// <summary>Returns true for the extensions compared as HTML.</summary>
    internal static bool IsHtml(string path) =>
        path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);

    private static HashSet<string> ListFiles(string root) =>
        Directory.EnumerateFiles(root, "*", AllFiles)
            .Select(file => Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/'))
            .ToHashSet(StringComparer.Ordinal);

    private static string? CompareFile(string path, string expectedFile, string actualFile)
    {
        var expectedBytes = File.ReadAllBytes(expectedFile);
        var actualBytes = File.ReadAllBytes(actualFile);
        if (IsHtml(path))
        {
            // The raw bytes are compared first only as a shortcut; equal bytes are equal DOMs.
            if (expectedBytes.AsSpan().SequenceEqual(actualBytes))
            {
                return null;
            }

            var expected = HtmlNormalizer.Normalize(Encoding.UTF8.GetString(expectedBytes));
            var actual = HtmlNormalizer.Normalize(Encoding.UTF8.GetString(actualBytes));
            var diff = LineDiff.FirstDifference(expected, actual, escapeLines: false);
            return diff is null ? null : $"differs: {path} (normalized HTML), {diff}";
        }

        if (expectedBytes.AsSpan().SequenceEqual(actualBytes))
        {
            return null;
        }

        if (TryDecodeText(expectedBytes, out var expectedText) && TryDecodeText(actualBytes, out var actualText))
        {
            var diff = LineDiff.FirstDifference(expectedText, actualText, escapeLines: true) ?? "the decoded texts are equal";
            return $"differs: {path} (bytes), {diff}";
        }

        var offset = expectedBytes.AsSpan().CommonPrefixLength(actualBytes);
        return $"differs: {path} (binary), expected {expectedBytes.Length} bytes, actual {actualBytes.Length} bytes, " +
               $"first difference at byte {offset}";
    }

    private static bool TryDecodeText(byte[] bytes, out string text)
    {
        text = string.Empty;
        if (bytes.AsSpan().Contains((byte)0))
        {
            return false;
        }

        try
        {
            text = StrictUtf8.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
