using System.Globalization;
using System.Text;
using Markdig.Syntax;
using Gazette.Markdown.Kramdown.Inlines;
using Markdig.Syntax.Inlines;

namespace Gazette.Markdown.Kramdown;

/// <summary>kramdown's two header id schemes.</summary>
internal static class KramdownHeaderIds
{
    // kramdown-parser-gfm: gfm.rb generate_gfm_header_id: lowercase, drop everything but word
    // characters, '-', space and tab, turn space and tab into '-', then count duplicates with a
    // counter that starts at -1 (second "x" becomes "x-1"). An empty result is a valid id (it is
    // simply not written), and it takes part in the counting too.
    /// <summary>The GFM parser's id for a header whose text (see <see cref="RawText"/>) is <paramref name="text"/>.</summary>
    public static string Gfm(string text, string prefix, Dictionary<string, int> counter)
    {
        var lowered = text.ToLower(CultureInfo.InvariantCulture);
        var result = new StringBuilder(lowered.Length);
        foreach (var rune in lowered.EnumerateRunes())
        {
            if (rune.Value is ' ' or '\t')
            {
                result.Append('-');
            }
            else if (rune.Value == '-' || IsWordCharacter(rune))
            {
                result.Append(rune.ToString());
            }
        }
        var id = result.ToString();
        var count = counter.TryGetValue(id, out var existing) ? existing + 1 : 0;
        counter[id] = count;
        if (count > 0)
        {
            id += "-" + count.ToString(CultureInfo.InvariantCulture);
        }
        return prefix + id;
    }

    // Onigmo's \p{Word}: letters, marks, decimal digits and connector punctuation.
    private static bool IsWordCharacter(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber
            or UnicodeCategory.ConnectorPunctuation => true,
        _ => false,
    };

    // kramdown: converter/base.rb basic_generate_id + generate_id: drop leading non-letters, keep
    // ASCII letters, digits, spaces and '-', spaces become '-', lowercase; empty becomes "section";
    // duplicates get "-1", "-2", ….
    /// <summary>kramdown's converter id (used with <c>input: kramdown</c> and where the GFM parser gives none).</summary>
    public static string Basic(string text, string prefix, Dictionary<string, int> used)
    {
        var id = BasicId(text);
        if (id.Length == 0)
        {
            id = "section";
        }
        if (used.TryGetValue(id, out var count))
        {
            used[id] = count + 1;
            id += "-" + (count + 1).ToString(CultureInfo.InvariantCulture);
        }
        else
        {
            used[id] = 0;
        }
        return prefix + id;
    }

    /// <summary>kramdown's <c>basic_generate_id</c> (also used for definition term ids).</summary>
    public static string BasicId(string text)
    {
        var start = 0;
        while (start < text.Length && !char.IsAsciiLetter(text[start]))
        {
            start++;
        }
        var result = new StringBuilder(text.Length - start);
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiLetterOrDigit(c) || c == '-')
            {
                result.Append(char.ToLowerInvariant(c));
            }
            else if (c == ' ')
            {
                result.Append('-');
            }
        }
        return result.ToString();
    }

    // kramdown-parser-gfm: gfm.rb update_raw_text: the text of text, code and math elements,
    // entities and typographic symbols as characters, recursing into everything else.
    /// <summary>The plain text of a header's inlines as the GFM parser collects it.</summary>
    public static string RawText(ContainerInline? inlines)
    {
        var text = new StringBuilder();
        Append(text, inlines);
        return text.ToString();
    }

    private static void Append(StringBuilder text, ContainerInline? container)
    {
        for (var inline = container?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    text.Append(code.ContentSpan);
                    break;
                case KramdownMathInline math:
                    text.Append(math.Content);
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.AsSpan());
                    break;
                case KramdownTextInline typographic:
                    text.Append(typographic.RawText);
                    break;
                case LinkInline { IsImage: true }:
                    break;
                case ContainerInline nested:
                    Append(text, nested);
                    break;
                default:
                    break;
            }
        }
    }

    /// <summary>The header text as written in the source (kramdown's raw_text without stripping).</summary>
    public static string SourceText(HeadingBlock heading, string source)
    {
        var inline = heading.Inline;
        if (inline?.FirstChild is null || inline.LastChild is null)
        {
            return "";
        }
        var start = inline.FirstChild.Span.Start;
        var end = inline.LastChild.Span.End;
        return start >= 0 && end >= start && end < source.Length ? source[start..(end + 1)] : RawText(inline);
    }
}
