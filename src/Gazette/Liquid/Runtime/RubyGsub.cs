using System.Text;

namespace Gazette.Liquid.Runtime;

/// <summary>
/// Ruby's <c>String#gsub</c>/<c>#sub</c> with a string pattern: the pattern is literal, but the replacement still
/// reads back-references (<c>\0</c>, <c>\&amp;</c>, <c>\\</c>…); an empty pattern matches between characters.
/// </summary>
internal static class RubyGsub
{
    public static string Replace(string text, string pattern, string replacement, bool all)
    {
        var sb = new StringBuilder(text.Length);
        var position = 0;
        while (position <= text.Length)
        {
            var index = text.IndexOf(pattern, position, StringComparison.Ordinal);
            if (index < 0)
            {
                break;
            }
            sb.Append(text, position, index - position);
            AppendReplacement(sb, replacement, text, index, pattern);
            if (pattern.Length == 0)
            {
                if (index < text.Length)
                {
                    var width = char.IsHighSurrogate(text[index]) && index + 1 < text.Length ? 2 : 1;
                    sb.Append(text, index, width);
                    position = index + width;
                }
                else
                {
                    position = index + 1;
                }
            }
            else
            {
                position = index + pattern.Length;
            }
            if (!all)
            {
                break;
            }
        }
        if (position < text.Length)
        {
            sb.Append(text, position, text.Length - position);
        }
        return sb.ToString();
    }

    // Ruby: in a replacement string, \0 and \& are the match, \` and \' the text before and after it, \\ a backslash;
    // numbered groups (\1…) are empty since a string pattern has none.
    private static void AppendReplacement(StringBuilder sb, string replacement, string text, int index, string match)
    {
        if (!replacement.Contains('\\', StringComparison.Ordinal))
        {
            sb.Append(replacement);
            return;
        }
        for (var i = 0; i < replacement.Length; i++)
        {
            var c = replacement[i];
            if (c != '\\' || i + 1 >= replacement.Length)
            {
                sb.Append(c);
                continue;
            }
            var next = replacement[++i];
            switch (next)
            {
                case '0' or '&':
                    sb.Append(match);
                    break;
                case '`':
                    sb.Append(text, 0, index);
                    break;
                case '\'':
                    sb.Append(text, index + match.Length, text.Length - index - match.Length);
                    break;
                case '\\':
                    sb.Append('\\');
                    break;
                case >= '1' and <= '9':
                    break;
                default:
                    sb.Append('\\').Append(next);
                    break;
            }
        }
    }
}
