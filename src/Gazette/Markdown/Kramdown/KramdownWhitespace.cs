using System.Text;

namespace Gazette.Markdown.Kramdown;

/// <summary>
/// Code blocks with the class <c>show-whitespaces</c> (kramdown: converter/html.rb convert_codeblock):
/// every space and tab becomes a span, marked <c>-l</c> at the start of a line and <c>-r</c> at the end.
/// </summary>
internal static class KramdownWhitespace
{
    public static void AppendVisible(StringBuilder output, ReadOnlySpan<char> code)
    {
        var lineStart = 0;
        while (lineStart <= code.Length)
        {
            var newline = code[lineStart..].IndexOf('\n');
            var line = newline < 0 ? code[lineStart..] : code.Slice(lineStart, newline);
            AppendLine(output, line);
            if (newline < 0)
            {
                break;
            }
            output.Append('\n');
            lineStart += newline + 1;
        }
    }

    private static void AppendLine(StringBuilder output, ReadOnlySpan<char> line)
    {
        var leading = 0;
        while (leading < line.Length && line[leading] is ' ' or '\t')
        {
            leading++;
        }
        var trailing = line.Length;
        while (trailing > leading && line[trailing - 1] is ' ' or '\t')
        {
            trailing--;
        }
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c is not (' ' or '\t'))
            {
                KramdownEscaping.AppendAll(output, line.Slice(i, 1));
                continue;
            }
            var suffix = i < leading ? "-l" : i >= trailing ? "-r" : "";
            output.Append(c == '\t'
                ? "<span class=\"ws-tab" + suffix + "\">\t</span>"
                : "<span class=\"ws-space" + suffix + "\">&#8901;</span>");
        }
    }
}
