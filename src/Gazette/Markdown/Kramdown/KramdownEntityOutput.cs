using System.Text;

namespace Gazette.Markdown.Kramdown;

/// <summary>kramdown's <c>entity_output</c> (kramdown: utils/html.rb entity_to_str).</summary>
internal static class KramdownEntityOutput
{
    private static readonly Dictionary<int, string> Names = new()
    {
        [160] = "nbsp", [8230] = "hellip", [8212] = "mdash", [8211] = "ndash", [171] = "laquo", [187] = "raquo",
        [8216] = "lsquo", [8217] = "rsquo", [8220] = "ldquo", [8221] = "rdquo", [38] = "amp", [60] = "lt", [62] = "gt", [34] = "quot",
    };

    /// <summary>
    /// Writes <paramref name="character"/> as kramdown does for an entity: the character itself with
    /// as_char (except &lt; &gt; &amp;), the original spelling with as_input, <c>&amp;name;</c> with
    /// symbolic (or for the HTML specials), otherwise <c>&amp;#code;</c>.
    /// </summary>
    public static void Append(StringBuilder output, string mode, string character, string? original = null, string? name = null)
    {
        var special = character is "<" or ">" or "&" or "\"";
        if (mode == "as_char" && character.Length > 0 && (character == "\"" || !special))
        {
            output.Append(character);
            return;
        }
        if (mode is "as_char" or "as_input" && !string.IsNullOrEmpty(original))
        {
            output.Append(original);
            return;
        }
        var codePoint = character.Length > 0 ? char.ConvertToUtf32(character, 0) : 0;
        name ??= NameFromOriginal(original) ?? (Names.TryGetValue(codePoint, out var known) ? known : null);
        if ((mode == "symbolic" || special) && name is not null)
        {
            output.Append('&').Append(name).Append(';');
            return;
        }
        output.Append("&#").Append(codePoint).Append(';');
    }

    private static string? NameFromOriginal(string? original) =>
        original is { Length: > 2 } && original[0] == '&' && original[1] != '#' ? original[1..^1] : null;
}
