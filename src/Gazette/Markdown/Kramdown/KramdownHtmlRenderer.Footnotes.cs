using System.Globalization;
using Gazette.Markdown.Kramdown.Blocks;
using Gazette.Markdown.Kramdown.Inlines;
using Markdig.Syntax;

namespace Gazette.Markdown.Kramdown;

internal sealed partial class KramdownHtmlRenderer
{
    private const string FootnotesPlaceholder = "\u0001footnotes\u0001";
    private readonly List<FootnoteEntry> _footnotes = [];
    private readonly Dictionary<string, FootnoteEntry> _footnotesByName = new(StringComparer.Ordinal);

    // kramdown: converter/html.rb convert_footnote numbers footnotes in the order their first
    // marker is converted; later markers for the same note get "fnref:name:N" ids.
    private void WriteFootnoteMarker(KramdownFootnoteMarker link)
    {
        var name = _options.FootnotePrefix + link.Definition.Name;
        var repeat = "";
        int number;
        if (_footnotesByName.TryGetValue(name, out var entry))
        {
            number = entry.Number;
            entry.Repeats++;
            repeat = ":" + entry.Repeats.ToString(CultureInfo.InvariantCulture);
        }
        else
        {
            number = _options.FootnoteNumber + _footnotes.Count;
            entry = new FootnoteEntry(name, link.Definition, number);
            _footnotes.Add(entry);
            _footnotesByName[name] = entry;
        }
        _out.Append("<sup id=\"fnref:").Append(name).Append(repeat)
            .Append("\"><a href=\"#fn:").Append(name)
            .Append("\" class=\"footnote\" rel=\"footnote\" role=\"doc-noteref\">")
            .Append(_options.FootnoteLinkText.Replace("%s", number.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)).Append("</a></sup>");
    }

    // kramdown: converter/html.rb footnote_content. The back link goes at the end of the last
    // paragraph (after a no-break space) or into a paragraph of its own.
    private void WriteFootnotes()
    {
        if (_footnotes.Count == 0)
        {
            ReplaceFootnotesPlaceholder("");
            return;
        }
        var start = _out.Length;
        _out.Append("<div class=\"footnotes\" role=\"doc-endnotes\">\n  <ol");
        if (_options.FootnoteNumber != 1)
        {
            _out.Append(" start=\"").Append(_options.FootnoteNumber).Append('"');
        }
        _out.Append(">\n");
        for (var i = 0; i < _footnotes.Count; i++)
        {
            WriteFootnote(_footnotes[i]);
        }
        _out.Append("  </ol>\n</div>\n");
        if (_data.FootnotesPlaced)
        {
            var html = _out.ToString(start, _out.Length - start);
            _out.Length = start;
            ReplaceFootnotesPlaceholder(html);
        }
    }

    private void ReplaceFootnotesPlaceholder(string html)
    {
        if (_data.FootnotesPlaced)
        {
            _out.Replace(FootnotesPlaceholder, html);
        }
    }

    private void WriteFootnote(FootnoteEntry entry)
    {
        const int indent = 4;
        var footnote = entry.Footnote;
        _out.Append("    <li id=\"fn:").Append(entry.Name).Append("\">\n");
        var backlink = BuildBacklinks(entry);
        var lastBlock = LastRendered(footnote);
        var target = lastBlock is ParagraphBlock ? lastBlock : null;
        if (target is null && _options.FootnoteBacklinkInline)
        {
            target = FindInlineBacklinkTarget(footnote);
        }
        if (lastBlock is null || footnote.StartsWithBlankLine || (footnote.Count > 0 && HasBlankLineBetween(footnote.Span.Start, footnote[0].Span.Start)))
        {
            _out.Append('\n');
        }
        _data.BacklinkTarget = target;
        _data.Backlink = target is null || backlink.Length == 0 ? null : NoBreakSpace() + backlink;
        WriteBlocks(footnote, indent);
        _data.BacklinkTarget = null;
        if (target is null && backlink.Length > 0)
        {
            _out.Append(' ', indent + IndentStep).Append("<p>").Append(backlink).Append("</p>\n");
        }
        _out.Append("    </li>\n");
    }

    private string BuildBacklinks(FootnoteEntry entry)
    {
        if (_options.FootnoteBacklink.Length == 0)
        {
            return "";
        }
        var text = new System.Text.StringBuilder();
        KramdownEscaping.AppendText(text, _options.FootnoteBacklink);
        var backlinkText = text.ToString();
        var html = new System.Text.StringBuilder();
        html.Append("<a href=\"#fnref:").Append(entry.Name).Append("\" class=\"reversefootnote\" role=\"doc-backlink\">").Append(backlinkText).Append("</a>");
        for (var index = 1; index <= entry.Repeats; index++)
        {
            html.Append(NoBreakSpace()).Append("<a href=\"#fnref:").Append(entry.Name).Append(':').Append(index)
                .Append("\" class=\"reversefootnote\" role=\"doc-backlink\">").Append(backlinkText)
                .Append("<sup>").Append(index + 1).Append("</sup></a>");
        }
        return html.ToString();
    }

    private string NoBreakSpace()
    {
        var text = new System.Text.StringBuilder();
        KramdownEntityOutput.Append(text, _options.EntityOutput, "\u00A0");
        return text.ToString();
    }

    private static Block? LastRendered(ContainerBlock container)
    {
        for (var i = container.Count - 1; i >= 0; i--)
        {
            if (IsRendered(container[i]))
            {
                return container[i];
            }
        }
        return null;
    }

    private static Block? FindInlineBacklinkTarget(ContainerBlock container)
    {
        Block? current = LastRendered(container);
        while (current is ContainerBlock nested && LastRendered(nested) is { } last)
        {
            current = last;
        }
        return current is ParagraphBlock or HeadingBlock ? current : null;
    }

    private sealed class FootnoteEntry(string name, KramdownFootnoteDefinition footnote, int number)
    {
        public string Name { get; } = name;

        public KramdownFootnoteDefinition Footnote { get; } = footnote;

        public int Number { get; } = number;

        public int Repeats { get; set; }
    }
}
