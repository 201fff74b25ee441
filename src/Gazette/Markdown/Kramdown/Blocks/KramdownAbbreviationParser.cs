using System.Text.RegularExpressions;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Gazette.Markdown.Kramdown.Blocks;

/// <summary>
/// Abbreviation definitions <c>*[HTML]: Hyper Text Markup Language</c> (kramdown:
/// parser/kramdown/abbreviation.rb parse_abbrev_definition). Each one leaves an end-of-block element
/// in the tree, so block IALs next to it become the <c>&lt;abbr&gt;</c> attributes; the definitions
/// hold for the whole document, also above them.
/// </summary>
internal sealed partial class KramdownAbbreviationParser : BlockParser
{
    public KramdownAbbreviationParser() => OpeningCharacters = ['*'];

    // kramdown: the paragraph parser does not stop at a definition line.
    public override bool CanInterrupt(BlockProcessor processor, Block block) => block is not ParagraphBlock;

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }
        var line = processor.Line;
        var match = Definition().Match(line.Text, line.Start, line.End - line.Start + 1);
        if (!match.Success)
        {
            return BlockState.None;
        }
        var marker = new KramdownBlockMarker(this)
        {
            Kind = KramdownMarkerKind.AbbreviationDefinition,
            Column = processor.Column,
            Span = new SourceSpan(line.Start, line.End),
        };
        // kramdown: abbrev_text.strip! (Ruby strip also removes NUL).
        var title = match.Groups[2].Value.Trim(" \t\n\v\f\r\0".ToCharArray());
        KramdownDocumentData.Of(processor.Document).Abbreviations.Add(match.Groups[1].Value, title, marker);
        processor.NewBlocks.Push(marker);
        return BlockState.BreakDiscard;
    }

    // kramdown: ABBREV_DEFINITION_START = /^#{OPT_SPACE}\*\[(.+?)\]:(.*?)\n/
    [GeneratedRegex(@"\G\*\[(.+?)\]:(.*)$")]
    private static partial Regex Definition();
}
