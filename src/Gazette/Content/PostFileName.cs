using System.Text.RegularExpressions;

namespace Gazette.Content;

/// <summary>
/// The date and slug in a post's file name. Jekyll: <c>Document::DATE_FILENAME_MATCHER</c>
/// (<c>(\d{2,4}-\d{1,2}-\d{1,2})-([^/]*)(\.[^.]+)$</c>) and <c>DATELESS_FILENAME_MATCHER</c> for drafts.
/// </summary>
internal static partial class PostFileName
{
    [GeneratedRegex(@"^(?>.+/)*?(\d{2,4}-\d{1,2}-\d{1,2})-([^/]*)(\.[^.]+)$")]
    private static partial Regex Dated();

    [GeneratedRegex(@"^(?:.+/)*(.*)(\.[^.]+)$")]
    private static partial Regex Dateless();

    /// <summary>True when the path names a post (<c>YYYY-MM-DD-title.ext</c>).</summary>
    public static bool IsDated(string relativePath) => Dated().IsMatch(relativePath);

    /// <summary>The date text (or null), the slug and the extension of a post or draft path.</summary>
    public static (string? Date, string Slug, string Extension) Parse(string relativePath)
    {
        var dated = Dated().Match(relativePath);
        if (dated.Success)
        {
            return (dated.Groups[1].Value, TrimDots(dated.Groups[2].Value), dated.Groups[3].Value);
        }
        var dateless = Dateless().Match(relativePath);
        if (dateless.Success)
        {
            return (null, TrimDots(dateless.Groups[1].Value), dateless.Groups[2].Value);
        }
        return (null, TrimDots(Path.GetFileNameWithoutExtension(relativePath)), Path.GetExtension(relativePath));
    }

    // Jekyll: populate_title strips trailing dots from the slug (`slug.gsub!(/\.*\z/, "")`).
    private static string TrimDots(string slug) => slug.TrimEnd('.');
}
