using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Gazette.Model;

/// <summary>
/// Jekyll: <c>Utils.slugify</c> (lib/jekyll/utils.rb) with the modes raw, default, pretty, ascii and latin,
/// and <c>cased</c> to keep letter case.
/// </summary>
internal static partial class Slugifier
{
    [GeneratedRegex(@"\s+")]
    private static partial Regex RawSequence();

    [GeneratedRegex(@"[^\p{M}\p{L}\p{Nd}]+")]
    private static partial Regex DefaultSequence();

    [GeneratedRegex(@"[^\p{M}\p{L}\p{Nd}._~!$&'()+,;=@]+")]
    private static partial Regex PrettySequence();

    [GeneratedRegex(@"[^A-Za-z0-9]+")]
    private static partial Regex AsciiSequence();

    public static string Slugify(string text, string? mode = null, bool cased = false)
    {
        mode ??= "default";
        if (mode is not ("raw" or "default" or "pretty" or "ascii" or "latin"))
        {
            return cased ? text : text.ToLowerInvariant();
        }
        if (mode == "latin")
        {
            text = Transliterate(text);
        }
        var pattern = mode switch
        {
            "raw" => RawSequence(),
            "pretty" => PrettySequence(),
            "ascii" => AsciiSequence(),
            _ => DefaultSequence(),
        };
        var slug = pattern.Replace(text, "-");
        // Jekyll: `slug.gsub!(/^-|-$/i, "")` removes one hyphen at each end of each line.
        if (slug.StartsWith('-'))
        {
            slug = slug[1..];
        }
        if (slug.EndsWith('-'))
        {
            slug = slug[..^1];
        }
        return cased ? slug : slug.ToLowerInvariant();
    }

    // Jekyll: I18n.transliterate drops accents from Latin letters and turns other characters into "?".
    private static string Transliterate(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            sb.Append(c < 128 ? c : '?');
        }
        return sb.ToString();
    }
}
