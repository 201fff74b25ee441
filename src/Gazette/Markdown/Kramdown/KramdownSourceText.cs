namespace Gazette.Markdown.Kramdown;

/// <summary>Questions about the Markdown source that Markdig's tree does not answer (kramdown keeps blank lines as elements).</summary>
internal static class KramdownSourceText
{
    /// <summary>
    /// True when a whitespace-only line lies between the line holding <paramref name="endOfFirst"/>
    /// and the line holding <paramref name="startOfSecond"/>. Lines made only of blockquote markers
    /// count as blank, because kramdown strips the markers before it sees the lines.
    /// </summary>
    public static bool HasBlankLineBetween(string source, int endOfFirst, int startOfSecond)
    {
        if (endOfFirst < 0 || startOfSecond <= endOfFirst || source.Length == 0)
        {
            return false;
        }
        var i = source.IndexOf('\n', Math.Min(endOfFirst, source.Length - 1));
        if (i < 0 || i >= startOfSecond)
        {
            return false;
        }
        var lineIsBlank = true;
        for (i++; i < startOfSecond && i < source.Length; i++)
        {
            var c = source[i];
            if (c == '\n')
            {
                if (lineIsBlank)
                {
                    return true;
                }
                lineIsBlank = true;
            }
            else if (c is not (' ' or '\t' or '\r' or '>'))
            {
                lineIsBlank = false;
            }
        }
        return false;
    }
}
