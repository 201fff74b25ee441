using System.Text;
using Markdig.Syntax;

namespace Gazette.Markdown.Kramdown;

/// <summary>The text of a code block as kramdown stores it: every line ends with a newline.</summary>
internal static class KramdownCodeText
{
    private static readonly object TextKey = new();

    /// <summary>Stores the code text a parser computed (kramdown rewrites lazy lines and indentation).</summary>
    public static void Set(Markdig.Syntax.Block code, string text) => code.SetData(TextKey, text);

    public static string Of(LeafBlock code)
    {
        if (code.GetData(TextKey) is string text)
        {
            return text;
        }
        var lines = code.Lines;
        var builder = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            builder.Append(lines.Lines[i].Slice.AsSpan()).Append('\n');
        }
        return builder.ToString();
    }

    /// <summary>The fence's language with any <c>?options</c> (what kramdown passes to the highlighter).</summary>
    public static string FullLanguage(FencedCodeBlock fenced) =>
        string.IsNullOrEmpty(fenced.Arguments) ? fenced.Info ?? "" : fenced.Info ?? "";
}
