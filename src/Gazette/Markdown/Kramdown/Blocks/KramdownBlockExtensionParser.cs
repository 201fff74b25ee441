using System.Text.RegularExpressions;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Gazette.Markdown.Kramdown.Blocks;

/// <summary>
/// Block-level kramdown lines that start with <c>{:</c> or <c>^</c> (kramdown:
/// parser/kramdown/extensions.rb parse_block_extensions, eob.rb): attribute list definitions
/// <c>{:name: …}</c>, block IALs <c>{: …}</c>, extensions <c>{::comment}…{:/}</c>,
/// <c>{::nomarkdown}…{:/}</c>, <c>{::options … /}</c>, and the end-of-block marker <c>^</c>.
/// </summary>
internal sealed partial class KramdownBlockExtensionParser : BlockParser
{
    public KramdownBlockExtensionParser() => OpeningCharacters = ['{', '^'];

    // kramdown: IAL lines and the EOB marker end a paragraph (LAZY_END); extension tags do not.
    public override bool CanInterrupt(BlockProcessor processor, Block block)
    {
        if (block is not ParagraphBlock)
        {
            return true;
        }
        var rest = processor.Line.ToString();
        return processor.CurrentChar == '^' ? processor.Indent == 0 && IsBlank(rest.AsSpan(1)) : IalLine().IsMatch(rest);
    }

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }
        var rest = processor.Line.ToString();
        var start = processor.Line.Start;
        var end = processor.Line.End;
        if (processor.CurrentChar == '^')
        {
            if (processor.Indent != 0 || !IsBlank(rest.AsSpan(1)))
            {
                return BlockState.None;
            }
            return Push(processor, new KramdownBlockMarker(this) { Kind = KramdownMarkerKind.EndOfBlock }, start, end);
        }

        if (AldLine().Match(rest) is { Success: true } ald)
        {
            var data = KramdownDocumentData.Of(processor.Document);
            if (!data.Alds.TryGetValue(ald.Groups[1].Value, out var list))
            {
                data.Alds[ald.Groups[1].Value] = list = new KramdownAttributeList();
            }
            list.Parse(ald.Groups[2].Value);
            return Push(processor, new KramdownBlockMarker(this) { Kind = KramdownMarkerKind.Ald }, start, end);
        }

        if (ExtensionStart().Match(rest) is { Success: true } extension)
        {
            var name = extension.Groups[1].Value;
            var selfClosing = extension.Groups[3].Success;
            var attributes = new KramdownAttributeList().Parse(extension.Groups[2].Value);
            switch (name)
            {
                case "options":
                    if (!selfClosing)
                    {
                        return BlockState.None;
                    }
                    KramdownDocumentData.Of(processor.Document).OptionChanges.Add(start, attributes);
                    return Push(processor, new KramdownBlockMarker(this) { Kind = KramdownMarkerKind.Options }, start, end);
                case "comment" or "nomarkdown":
                    if (selfClosing)
                    {
                        return Push(processor, new KramdownBlockMarker(this) { Kind = KramdownMarkerKind.Extension }, start, end);
                    }
                    if (!HasStopTag(processor.Line.Text, end + 1, name))
                    {
                        // kramdown: without a stop tag the start tag is ignored (with a warning) and read as text.
                        return BlockState.None;
                    }
                    var type = attributes.Pairs.FirstOrDefault(p => p.Key == "type").Value;
                    var raw = new KramdownRawBlock(this)
                    {
                        IsComment = name == "comment",
                        ExtensionName = name,
                        OutputTypes = type,
                        Column = processor.Column,
                        Span = new SourceSpan(start, end),
                    };
                    processor.NewBlocks.Push(raw);
                    return BlockState.ContinueDiscard;
                default:
                    return BlockState.None;
            }
        }

        if (IalLine().Match(rest) is { Success: true } ial)
        {
            var list = new KramdownAttributeList().Parse(ial.Groups[1].Value);
            return Push(processor, new KramdownBlockMarker(this) { Kind = KramdownMarkerKind.Ial, Ial = list }, start, end);
        }
        return BlockState.None;
    }

    // kramdown: extensions.rb parse_extension_start_tag scans up to the stop tag line; the body is
    // kept verbatim.
    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        var raw = (KramdownRawBlock)block;
        var line = processor.Line;
        line.Start = processor.StartBeforeIndent;
        var text = line.ToString();
        var stop = ExtensionStop().Match(text);
        if (stop.Success && (!stop.Groups[1].Success || stop.Groups[1].Value == raw.ExtensionName))
        {
            raw.Finished = true;
            raw.UpdateSpanEnd(processor.Line.End);
            return BlockState.BreakDiscard;
        }
        raw.Body.Append(text).Append('\n');
        raw.UpdateSpanEnd(processor.Line.End);
        return BlockState.ContinueDiscard;
    }

    public override bool Close(BlockProcessor processor, Block block)
    {
        if (block is KramdownRawBlock raw)
        {
            // kramdown: without a stop tag the start tag is ignored (a warning) and the text stays.
            raw.Text = raw.Body.ToString().TrimEnd('\n');
        }
        return true;
    }

    private static BlockState Push(BlockProcessor processor, KramdownBlockMarker marker, int start, int end)
    {
        marker.Column = processor.Column;
        marker.Span = new SourceSpan(start, end);
        processor.NewBlocks.Push(marker);
        return BlockState.BreakDiscard;
    }

    private static bool HasStopTag(string source, int from, string name)
    {
        for (var stop = ExtensionStopAnywhere().Match(source, Math.Min(from, source.Length)); stop.Success; stop = stop.NextMatch())
        {
            if (!stop.Groups[1].Success || stop.Groups[1].Value == name)
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsBlank(ReadOnlySpan<char> text) => text.Trim(" \t\r\n\f\v").IsEmpty;

    // kramdown: ALD_START = /^ {0,3}\{:(ALD_ID_NAME):(ALD_ANY_CHARS+)\}\s*?\n/
    [GeneratedRegex("""^\{:([A-Za-z0-9_][A-Za-z0-9_-]*):((?:\\\}|[^}])+)\}[ \t\r\f\v]*$""")]
    private static partial Regex AldLine();

    // kramdown: IAL_BLOCK_START = /^ {0,3}\{:(?!:|\/)(ALD_ANY_CHARS+)\}\s*?\n/
    [GeneratedRegex("""^\{:(?![:/])((?:\\\}|[^}])+)\}[ \t\r\f\v]*$""")]
    private static partial Regex IalLine();

    // kramdown: EXT_BLOCK_START with EXT_START_STR = \{::(\w+)(?:\s(ALD_ANY_CHARS*?)|)(\/)?\}
    [GeneratedRegex("""^\{::([A-Za-z0-9_]+)(?:[ \t\r\n\f\v]((?:\\\}|[^}])*?)|)(/)?\}[ \t\r\f\v]*$""")]
    private static partial Regex ExtensionStart();

    [GeneratedRegex("""^ {0,3}\{:/([A-Za-z0-9_]+)?\}[ \t\r\f\v]*$""", RegexOptions.Multiline)]
    private static partial Regex ExtensionStopAnywhere();

    // kramdown: EXT_BLOCK_STOP_STR = ^ {0,3}\{:/(name)?\}\s*?\n
    [GeneratedRegex("""^ {0,3}\{:/([A-Za-z0-9_]+)?\}[ \t\r\f\v]*$""")]
    private static partial Regex ExtensionStop();
}
