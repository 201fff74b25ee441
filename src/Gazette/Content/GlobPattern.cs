using System.Text;
using System.Text.RegularExpressions;

namespace Gazette.Content;

/// <summary>
/// Ruby's <c>File.fnmatch?</c> without flags, as Jekyll uses it for <c>exclude</c>/<c>include</c>:
/// <c>*</c> and <c>?</c> also match <c>/</c>, <c>[...]</c> is a character class.
/// </summary>
internal sealed class GlobPattern
{
    private readonly Regex _regex;

    public GlobPattern(string pattern)
    {
        _regex = new Regex("^" + Translate(pattern) + "$", RegexOptions.CultureInvariant | RegexOptions.Singleline);
    }

    public bool IsMatch(string path) => _regex.IsMatch(path);

    /// <summary>The pattern as a regular expression body, where <c>**/</c> may also match nothing.</summary>
    public static string Translate(string pattern)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '*' when i + 2 < pattern.Length && pattern[i + 1] == '*' && pattern[i + 2] == '/':
                    sb.Append("(?:.*/)?");
                    i += 2;
                    break;
                case '*':
                    sb.Append(".*");
                    break;
                case '?':
                    sb.Append('.');
                    break;
                case '[':
                    var end = pattern.IndexOf(']', i + 1);
                    if (end < 0)
                    {
                        sb.Append(@"\[");
                        break;
                    }
                    var body = pattern[(i + 1)..end];
                    sb.Append('[').Append(body.StartsWith('!') ? "^" + body[1..] : body).Append(']');
                    i = end;
                    break;
                default:
                    sb.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }
        return sb.ToString();
    }
}
