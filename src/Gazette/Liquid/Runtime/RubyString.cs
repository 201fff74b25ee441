using System.Text;

namespace Gazette.Liquid.Runtime;

/// <summary>
/// Ruby string operations that count characters (code points), not UTF-16 units, plus Ruby's ASCII whitespace
/// rules for <c>strip</c> and <c>split</c>.
/// </summary>
internal static class RubyString
{
    public static int Length(string text)
    {
        var surrogates = 0;
        foreach (var c in text)
        {
            if (char.IsHighSurrogate(c))
            {
                surrogates++;
            }
        }
        return text.Length - surrogates;
    }

    /// <summary>Ruby's <c>str[offset, length]</c>: null when the offset is out of range or the length negative.</summary>
    public static string? Slice(string text, long offset, long length)
    {
        var runes = ToRunes(text, out var ascii);
        var count = ascii ? text.Length : runes!.Length;
        if (offset < 0)
        {
            offset += count;
        }
        if (offset < 0 || offset > count || length < 0)
        {
            return null;
        }
        var take = (int)Math.Min(length, count - offset);
        if (ascii)
        {
            return text.Substring((int)offset, take);
        }
        var sb = new StringBuilder();
        for (var i = (int)offset; i < offset + take; i++)
        {
            sb.Append(runes![i].ToString());
        }
        return sb.ToString();
    }

    /// <summary>The first <paramref name="count"/> characters (Ruby's <c>str[0...count]</c>).</summary>
    public static string Take(string text, int count) => Slice(text, 0, Math.Max(count, 0)) ?? "";

    private static Rune[]? ToRunes(string text, out bool simple)
    {
        simple = true;
        foreach (var c in text)
        {
            if (char.IsSurrogate(c))
            {
                simple = false;
                break;
            }
        }
        if (simple)
        {
            return null;
        }
        var runes = new List<Rune>(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            runes.Add(rune);
        }
        return [.. runes];
    }

    /// <summary>Ruby's whitespace for <c>strip</c>: space, \t, \n, \v, \f, \r (and \0 at the end).</summary>
    public static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\v' or '\f' or '\r';

    public static string Strip(string text) => RStrip(LStrip(text));

    public static string LStrip(string text)
    {
        var i = 0;
        while (i < text.Length && IsSpace(text[i]))
        {
            i++;
        }
        return i == 0 ? text : text[i..];
    }

    public static string RStrip(string text)
    {
        var end = text.Length;
        while (end > 0 && (IsSpace(text[end - 1]) || text[end - 1] == '\0'))
        {
            end--;
        }
        return end == text.Length ? text : text[..end];
    }

    /// <summary>Ruby's <c>split</c> with no argument (or " "): runs of whitespace, leading whitespace ignored.</summary>
    public static List<string> SplitWords(string text)
    {
        var words = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && IsSpace(text[i]))
            {
                i++;
            }
            var start = i;
            while (i < text.Length && !IsSpace(text[i]))
            {
                i++;
            }
            if (i > start)
            {
                words.Add(text[start..i]);
            }
        }
        return words;
    }

    /// <summary>Ruby's <c>String#split(pattern)</c> with a string pattern: trailing empty fields are dropped.</summary>
    public static List<string> Split(string text, string pattern)
    {
        if (pattern == " ")
        {
            return SplitWords(text);
        }
        List<string> parts;
        if (pattern.Length == 0)
        {
            parts = [];
            foreach (var rune in text.EnumerateRunes())
            {
                parts.Add(rune.ToString());
            }
            return parts;
        }
        parts = [.. text.Split(pattern)];
        while (parts.Count > 0 && parts[^1].Length == 0)
        {
            parts.RemoveAt(parts.Count - 1);
        }
        return parts;
    }
}
