using System.Text;

namespace Gazette.Model;

/// <summary>
/// Expands permalink templates. Jekyll: <c>Jekyll::URL</c> (lib/jekyll/url.rb) — each <c>:placeholder</c> is replaced
/// by its escaped value, then the URL is sanitised (<c>..</c> becomes <c>/</c>, <c>./</c> is dropped, runs of
/// <c>/</c> are squeezed, a leading <c>/</c> is added).
/// </summary>
internal static class UrlTemplate
{
    /// <summary>Jekyll: <c>generate_url_from_drop</c> — every placeholder must exist; a nil value is empty.</summary>
    /// <param name="template">The template or front matter permalink.</param>
    /// <param name="placeholders">Looks up a placeholder; returns false for an unknown name.</param>
    /// <param name="unknown">The name of the first unknown placeholder, if any.</param>
    public static string Expand(string template, Func<string, (bool Found, string? Value)> placeholders, out string? unknown)
    {
        unknown = null;
        var sb = new StringBuilder(template.Length + 32);
        var i = 0;
        while (i < template.Length)
        {
            var c = template[i];
            if (c != ':' || i + 1 >= template.Length || !IsNameChar(template[i + 1]))
            {
                sb.Append(c);
                i++;
                continue;
            }
            var end = i + 1;
            while (end < template.Length && IsNameChar(template[end]))
            {
                end++;
            }
            var name = template[(i + 1)..end];
            var (found, value) = placeholders(name);
            if (!found && name.EndsWith('_'))
            {
                // Jekyll: a trailing underscore is allowed ("/:title_:year" tries "title_" then "title").
                var trimmed = name[..^1];
                (found, value) = placeholders(trimmed);
                if (found)
                {
                    sb.Append(EscapePath(value ?? "")).Append('_');
                    i = end;
                    continue;
                }
            }
            if (!found)
            {
                unknown ??= name;
                sb.Append(template, i, end - i);
            }
            else
            {
                sb.Append(EscapePath(value ?? ""));
            }
            i = end;
        }
        return sb.ToString();
    }

    /// <summary>Jekyll: <c>generate_url_from_hash</c> (pages) — a nil value removes <c>/:name</c>.</summary>
    public static string ExpandHash(string template, IReadOnlyList<(string Name, string? Value)> placeholders)
    {
        var result = template;
        foreach (var (name, value) in placeholders)
        {
            if (!result.Contains(':', StringComparison.Ordinal))
            {
                break;
            }
            result = value is null
                ? result.Replace("/:" + name, "", StringComparison.Ordinal)
                : result.Replace(":" + name, EscapePath(value), StringComparison.Ordinal);
        }
        return result;
    }

    /// <summary>Jekyll: <c>URL#sanitize_url</c>.</summary>
    public static string Sanitize(string url)
    {
        var result = ("/" + url).Replace("..", "/", StringComparison.Ordinal).Replace("./", "", StringComparison.Ordinal);
        var sb = new StringBuilder(result.Length);
        foreach (var c in result)
        {
            if (c == '/' && sb.Length > 0 && sb[^1] == '/')
            {
                continue;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Jekyll: <c>URL.escape_path</c> — Addressable's URI encoding, then the first <c>#</c> as <c>%23</c>.</summary>
    public static string EscapePath(string path)
    {
        if (path.Length == 0 || path.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '.' or '/' or '-'))
        {
            return path;
        }
        var sb = new StringBuilder(path.Length + 16);
        foreach (var b in Encoding.UTF8.GetBytes(path))
        {
            var ch = (char)b;
            if (b < 128 && (char.IsAsciiLetterOrDigit(ch) || "-._~!$&'()*+,;=:@/?#[]%".Contains(ch, StringComparison.Ordinal)))
            {
                sb.Append(ch);
            }
            else
            {
                sb.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        var escaped = sb.ToString();
        var hash = escaped.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? escaped : escaped[..hash] + "%23" + escaped[(hash + 1)..];
    }

    /// <summary>Jekyll: <c>URL.unescape_path</c>, used for the file written to the destination.</summary>
    public static string Unescape(string url) => url.Contains('%', StringComparison.Ordinal) ? Uri.UnescapeDataString(url) : url;

    private static bool IsNameChar(char c) => c is (>= 'a' and <= 'z') or '_';
}
