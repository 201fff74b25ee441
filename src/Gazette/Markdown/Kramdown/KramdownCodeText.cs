using System.Text;
using Markdig.Syntax;

namespace Gazette.Markdown.Kramdown;

/// <summary>The text of a code block as kramdown stores it: every line ends with a newline.</summary>
internal static class KramdownCodeText
{
    public static string Of(LeafBlock code)
    {
        var lines = code.Lines;
        var text = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            text.Append(lines.Lines[i].Slice.AsSpan()).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>The fence's language with any <c>?options</c> (what kramdown passes to the highlighter).</summary>
    public static string FullLanguage(FencedCodeBlock fenced) =>
        string.IsNullOrEmpty(fenced.Arguments) ? fenced.Info ?? "" : fenced.Info ?? "";
}
