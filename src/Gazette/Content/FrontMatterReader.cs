using Gazette.Yaml;

namespace Gazette.Content;

/// <summary>
/// Splits a file into YAML front matter and body. Jekyll: <c>Document::YAML_FRONT_MATTER_REGEXP</c>
/// (<c>\A(---\s*\n.*?\n?)^((---|\.\.\.)\s*$\n?)</c>) — the block opens with <c>---</c> on the first line and closes
/// at the first line that is <c>---</c> or <c>...</c>.
/// </summary>
internal static class FrontMatterReader
{
    /// <summary>Jekyll: <c>Utils.has_yaml_header?</c> — the first line is <c>---</c> plus optional spaces.</summary>
    public static bool HasFrontMatter(ReadOnlySpan<char> text)
    {
        text = SkipBom(text);
        if (!text.StartsWith("---"))
        {
            return false;
        }
        var rest = text[3..];
        var newline = rest.IndexOf('\n');
        var firstLine = newline < 0 ? rest : rest[..newline];
        return newline >= 0 && firstLine.TrimEnd('\r').IsWhiteSpace();
    }

    /// <summary>Reads front matter and body; a file without front matter has empty data and its whole text as body.</summary>
    public static FrontMatter Read(string text, string file)
    {
        var span = SkipBom(text.AsSpan());
        var offset = text.Length - span.Length;
        if (!HasFrontMatter(span))
        {
            return new FrontMatter(null, text, 1, offset);
        }
        var firstNewline = span.IndexOf('\n');
        var yamlStart = firstNewline + 1;
        var position = yamlStart;
        var line = 2;
        while (position <= span.Length)
        {
            var lineEnd = span[position..].IndexOf('\n');
            var lineText = lineEnd < 0 ? span[position..] : span.Slice(position, lineEnd);
            var trimmed = lineText.TrimEnd();
            if (trimmed.SequenceEqual("---") || trimmed.SequenceEqual("..."))
            {
                var yaml = span[yamlStart..position].ToString();
                var bodyStart = lineEnd < 0 ? span.Length : position + lineEnd + 1;
                var data = YamlLoader.LoadMapping(yaml, file, lineOffset: 1);
                return new FrontMatter(data, text, line + 1, offset + bodyStart);
            }
            if (lineEnd < 0)
            {
                break;
            }
            position += lineEnd + 1;
            line++;
        }
        // Jekyll: an unclosed front matter block is no front matter at all; the file is read as plain content.
        return new FrontMatter(null, text, 1, offset);
    }

    private static ReadOnlySpan<char> SkipBom(ReadOnlySpan<char> text) =>
        text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
}

/// <summary>The parts of a file with front matter.</summary>
/// <param name="Data">The front matter, or null when the file has none.</param>
/// <param name="Text">The whole file's text.</param>
/// <param name="BodyLine">The 1-based line of the file where the body starts.</param>
/// <param name="BodyStart">The index in <paramref name="Text"/> where the body starts.</param>
internal sealed record FrontMatter(Dictionary<string, object?>? Data, string Text, int BodyLine, int BodyStart)
{
    /// <summary>Everything after the closing <c>---</c>, cut on request: a post's body is not kept after reading.</summary>
    public string Body => Text[BodyStart..];
}
