using System.Text;

namespace Gazette.Tests.Differential;

/// <summary>
/// Describes where two texts first differ, line by line, with a little context, for test reports.
/// </summary>
internal static class LineDiff
{
    private const int ContextLines = 3;

    private const string EndOfFile = "<end of file>";

    /// <summary>
    /// Returns null when the texts are equal; otherwise a report naming the first differing line
    /// (1-based) with up to three lines before it and the next lines of each side.
    /// </summary>
    /// <param name="expected">The expected text.</param>
    /// <param name="actual">The actual text.</param>
    /// <param name="escapeLines">Show each line quoted with escapes, so invisible characters such as
    /// <c>\r</c> or trailing spaces are visible (used for raw text; normalized HTML is already quoted).</param>
    public static string? FirstDifference(string expected, string actual, bool escapeLines)
    {
        if (string.Equals(expected, actual, StringComparison.Ordinal))
        {
            return null;
        }

        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var index = 0;
        while (index < expectedLines.Length && index < actualLines.Length &&
               string.Equals(expectedLines[index], actualLines[index], StringComparison.Ordinal))
        {
            index++;
        }

        var report = new StringBuilder();
        report.Append("first difference at line ").Append(index + 1).Append(':').Append('\n');
        for (var i = Math.Max(0, index - ContextLines); i < index; i++)
        {
            report.Append("    ").Append(Show(expectedLines[i], escapeLines)).Append('\n');
        }

        AppendSide(report, '-', expectedLines, index, escapeLines);
        AppendSide(report, '+', actualLines, index, escapeLines);
        return report.ToString().TrimEnd('\n');
    }

    private static void AppendSide(StringBuilder report, char marker, string[] lines, int index, bool escapeLines)
    {
        for (var i = index; i <= index + ContextLines - 1; i++)
        {
            if (i >= lines.Length)
            {
                if (i == index)
                {
                    report.Append(marker).Append("   ").Append(EndOfFile).Append('\n');
                }

                break;
            }

            report.Append(marker).Append("   ").Append(Show(lines[i], escapeLines)).Append('\n');
        }
    }

    private static string Show(string line, bool escape) => escape ? HtmlNormalizer.Quote(line) : line;
}
