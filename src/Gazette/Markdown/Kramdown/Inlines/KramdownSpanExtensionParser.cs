using System.Text.RegularExpressions;
using Markdig.Helpers;
using Markdig.Parsers;

namespace Gazette.Markdown.Kramdown.Inlines;

/// <summary>
/// Span-level <c>{:…}</c> (kramdown: parser/kramdown/extensions.rb parse_span_extensions): span IALs,
/// and the <c>{::comment}…{:/}</c>, <c>{::nomarkdown}…{:/}</c> and <c>{::options /}</c> extensions.
/// </summary>
internal sealed partial class KramdownSpanExtensionParser : InlineParser
{
    public KramdownSpanExtensionParser() => OpeningCharacters = ['{'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != ':')
        {
            return false;
        }
        var text = slice.Text;
        var length = slice.End + 1 - slice.Start;
        var start = processor.GetSourcePosition(slice.Start, out var line, out var column);

        var extension = ExtensionStart().Match(text, slice.Start, length);
        if (extension.Success)
        {
            var name = extension.Groups[1].Value;
            if (name is not ("comment" or "nomarkdown" or "options"))
            {
                return false;
            }
            var end = extension.Index + extension.Length;
            string? body = null;
            if (!extension.Groups[3].Success)
            {
                var stop = ExtensionStop().Match(text, end, slice.End + 1 - end);
                while (stop.Success && stop.Groups[1].Success && stop.Groups[1].Value != name)
                {
                    stop = stop.NextMatch();
                }
                if (!stop.Success)
                {
                    return false;
                }
                body = text[end..stop.Index];
                end = stop.Index + stop.Length;
            }
            var extensionAttributes = new KramdownAttributeList().Parse(extension.Groups[2].Value);
            if (name == "options")
            {
                KramdownDocumentData.Of(processor.Document).OptionChanges.Add(start, extensionAttributes);
            }
            var html = name switch
            {
                "comment" when body is not null => "<!-- " + body + " -->",
                "nomarkdown" when body is not null && IsForHtml(extensionAttributes) => body,
                _ => "",
            };
            processor.Inline = new KramdownTextInline(html, "") { Span = new(start, processor.GetSourcePosition(end - 1)), Line = line, Column = column };
            slice.Start = end;
            return true;
        }

        var ial = IalSpan().Match(text, slice.Start, length);
        if (!ial.Success)
        {
            return false;
        }
        var attributes = new KramdownAttributeList().Parse(ial.Groups[1].Value);
        processor.Inline = new KramdownSpanIalInline(attributes, ial.Value) { Span = new(start, processor.GetSourcePosition(ial.Index + ial.Length - 1)), Line = line, Column = column };
        slice.Start = ial.Index + ial.Length;
        return true;
    }

    // kramdown: converter/html.rb convert_raw writes the body only without a type or with "html" among them.
    private static bool IsForHtml(KramdownAttributeList attributes)
    {
        var type = attributes.Pairs.FirstOrDefault(p => p.Key == "type").Value;
        return string.IsNullOrWhiteSpace(type) || type.Split((char[])[' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries).Contains("html");
    }

    [GeneratedRegex("""\G\{::([A-Za-z0-9_]+)(?:[ \t\r\n\f\v]((?:\\\}|[^}])*?)|)(/)?\}""")]
    private static partial Regex ExtensionStart();

    [GeneratedRegex("""\{:/([A-Za-z0-9_]+)?\}""")]
    private static partial Regex ExtensionStop();

    [GeneratedRegex("""\G\{:((?:\\\}|[^}])+)\}""")]
    private static partial Regex IalSpan();
}
