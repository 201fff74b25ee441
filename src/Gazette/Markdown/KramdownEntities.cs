using Markdig.Helpers;

namespace Gazette.Markdown;

/// <summary>Named and numeric character references as kramdown resolves them.</summary>
/// <remarks>
/// Names are looked up in the HTML5 table Markdig carries. kramdown's own table (utils/entities.rb)
/// is HTML4 plus a subset of HTML5, so a few rare HTML5-only names decode here where kramdown would
/// print <c>&amp;name;</c>.
/// </remarks>
internal static class KramdownEntities
{
    /// <summary>The text a named entity stands for, or null when the name is unknown.</summary>
    public static string? Resolve(ReadOnlySpan<char> name) => EntityHelper.DecodeEntity(name);

    /// <summary>The text of a numeric reference; invalid code points become U+FFFD as browsers do.</summary>
    public static string FromCodePoint(int codePoint) =>
        codePoint is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF)
            ? char.ConvertFromUtf32(codePoint)
            : "\uFFFD";
}
