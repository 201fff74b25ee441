using System.Text.RegularExpressions;
using Markdig.Parsers;

namespace Gazette.Markdown.Kramdown.Blocks;

/// <summary>kramdown's block boundaries (kramdown: parser/kramdown/block_boundary.rb).</summary>
internal static partial class KramdownBlockBoundary
{
    // kramdown: after_block_boundary?: nothing before in this container, a blank line, the EOB
    // marker, or a pending block IAL.
    /// <summary>True when the line being opened starts after a block boundary.</summary>
    public static bool IsAfter(BlockProcessor processor)
    {
        var container = processor.CurrentContainer;
        if (container is null || container.Count == 0)
        {
            return true;
        }
        var previous = container[^1];
        if (previous is KramdownBlockMarker { Kind: KramdownMarkerKind.EndOfBlock })
        {
            return true;
        }
        var source = processor.Line.Text;
        var blankBefore = KramdownSourceText.HasBlankLineBetween(source, previous.Span.End, processor.Line.Start);
        if (previous is KramdownBlockMarker { Kind: KramdownMarkerKind.Ial } && !blankBefore)
        {
            var beforeIal = container.Count > 1 ? container[^2] : null;
            return beforeIal is null || KramdownSourceText.HasBlankLineBetween(source, beforeIal.Span.End, previous.Span.Start);
        }
        return blankBefore;
    }

    // kramdown: BLOCK_BOUNDARY = /#{BLANK_LINE}|#{EOB_MARKER}|#{IAL_BLOCK_START}|\Z/
    /// <summary>True when <paramref name="position"/> (a line start) is followed by a block boundary.</summary>
    public static bool IsBefore(string source, int position) =>
        position >= source.Length || Boundary().IsMatch(source, position);

    [GeneratedRegex("""\G(?:[ \t\r\f\v]*\n|\^[ \t\r\f\v]*\n| {0,3}\{:(?![:/])(?:\\\}|[^}])+\}[ \t\r\f\v]*\n|[ \t\r\n\f\v]*\z)""")]
    private static partial Regex Boundary();
}
