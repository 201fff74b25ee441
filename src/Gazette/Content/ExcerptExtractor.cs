using System.Text.RegularExpressions;

namespace Gazette.Content;

/// <summary>
/// Jekyll: <c>Excerpt#extract_excerpt</c> (lib/jekyll/excerpt.rb) — the text before the separator, with
/// unclosed Liquid blocks closed and the reference-style link definitions it uses appended.
/// </summary>
internal static partial class ExcerptExtractor
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "if", "unless", "case", "for", "tablerow", "capture", "comment", "raw", "highlight",
    };

    [GeneratedRegex(@"{%-?\s*(\w+)\s*.*?-?%}", RegexOptions.Singleline)]
    private static partial Regex LiquidTag();

    [GeneratedRegex(@"^ {0,3}(?:(\[[^\]]+\])(:.+))$", RegexOptions.Multiline)]
    private static partial Regex LinkReference();

    public static string Extract(string content, string separator)
    {
        var index = content.IndexOf(separator, StringComparison.Ordinal);
        if (index < 0)
        {
            return content;
        }
        var head = content[..index];
        var tail = content[(index + separator.Length)..];
        if (tail.Length == 0)
        {
            return head;
        }
        if (head.Contains("{%", StringComparison.Ordinal))
        {
            head = CloseBlocks(head);
        }
        var definitions = LinkReference().Matches(tail)
            .Where(m => head.Contains(m.Groups[1].Value, StringComparison.Ordinal))
            .Select(m => m.Groups[1].Value + m.Groups[2].Value)
            .ToList();
        return definitions.Count == 0 ? head : head + "\n\n" + string.Join("\n", definitions);
    }

    private static string CloseBlocks(string head)
    {
        var names = LiquidTag().Matches(head).Select(m => m.Groups[1].Value).ToList();
        for (var i = names.Count - 1; i >= 0; i--)
        {
            var name = names[i];
            if (BlockTags.Contains(name) && !Regex.IsMatch(head, @"{%-?\s*end" + name + @".*?\s*-?%}", RegexOptions.Singleline))
            {
                head += "\n{% end" + name + " %}";
            }
        }
        return head;
    }
}
