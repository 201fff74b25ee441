using System.Text.RegularExpressions;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Gazette.Markdown.Kramdown.Blocks;

/// <summary>
/// Link definitions as a block of their own (kramdown: parser/kramdown/link.rb
/// parse_link_definition): <c>[id]: url "title"</c>, the URL may contain spaces or be in angle
/// brackets, the title may be on the next line, ids are compared case-insensitively with runs of
/// whitespace collapsed, and a later definition replaces an earlier one.
/// </summary>
internal sealed partial class KramdownLinkDefinitionParser : BlockParser
{
    public KramdownLinkDefinitionParser() => OpeningCharacters = ['['];

    public override bool CanInterrupt(BlockProcessor processor, Block block) => block is not ParagraphBlock;

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }
        var line = processor.Line;
        var match = Definition().Match(line.Text, line.Start);
        if (!match.Success || (match.Groups[3].Success && UrlWithTitle().IsMatch(match.Groups[3].Value)))
        {
            return BlockState.None;
        }
        var label = Whitespace().Replace(match.Groups[1].Value, " ");
        var url = match.Groups[2].Success ? match.Groups[2].Value : match.Groups[3].Value;
        var title = match.Groups[5].Success ? match.Groups[5].Value : null;
        var end = match.Index + match.Length;
        var definition = new LinkReferenceDefinition(label, url, title);
        processor.Document.GetLinkReferenceDefinitions(true).Links[label] = definition;

        // The definition's place in the block sequence: block IALs attach to it (kramdown keeps an
        // :eob element for it), and links read their attributes from it.
        var marker = new KramdownBlockMarker(this)
        {
            Kind = KramdownMarkerKind.LinkDefinition,
            Column = processor.Column,
            Span = new SourceSpan(line.Start, Math.Max(line.Start, end - 2)),
        };
        KramdownLinkDefinitions.Attach(definition, marker);
        processor.NewBlocks.Push(marker);
        return end > line.End + 2 ? BlockState.ContinueDiscard : BlockState.BreakDiscard;
    }

    // Only reached when the title sits on the next line.
    public override BlockState TryContinue(BlockProcessor processor, Block block) => BlockState.BreakDiscard;

    // kramdown: LINK_DEFINITION_START = /^ {0,3}\[([^\n\]]+)\]:[ \t]*(?:<(.*?)>|([^\n]*?\S[^\n]*?))
    //   (?:(?:[ \t]*?\n|[ \t]+?)[ \t]*?(["'])(.+?)\4)?[ \t]*?\n/
    [GeneratedRegex("""\G\[([^\n\]]+)\]:[ \t]*(?:<(.*?)>|([^\n]*?\S[^\n]*?))(?:(?:[ \t]*?\n|[ \t]+?)[ \t]*?(["'])(.+?)\4)?[ \t]*?(?:\n|\z)""")]
    private static partial Regex Definition();

    // kramdown: return false if @src[3].to_s.match?(/[ \t]+["']/)
    [GeneratedRegex("""[ \t]+["']""")]
    private static partial Regex UrlWithTitle();

    [GeneratedRegex("""\s+""")]
    private static partial Regex Whitespace();
}
