using System.Text;
using Gazette.Markdown.Kramdown.Blocks;
using Markdig.Syntax;

namespace Gazette.Markdown.Kramdown;

/// <summary>
/// Writes a parsed document as kramdown's HTML converter does (kramdown: converter/html.rb): two
/// spaces of indentation per nesting level for block containers, one newline after each block, an
/// empty line where the source had blank lines, footnotes and the table of contents at kramdown's
/// places. One instance renders one document at a time; instances are pooled by
/// <see cref="KramdownRendererPool"/>.
/// </summary>
internal sealed partial class KramdownHtmlRenderer
{
    private const int IndentStep = 2;
    private readonly StringBuilder _out = new(4096);
    private KramdownOptions _options = KramdownOptions.JekyllDefaults;
    private string _source = "";
    private KramdownDocumentData _data = new();
    private KramdownSyntaxHighlighter _highlighter = new(KramdownOptions.JekyllDefaults);

    /// <summary>Renders <paramref name="document"/>, parsed from <paramref name="source"/>, to HTML.</summary>
    public string Render(MarkdownDocument document, string source, KramdownOptions options)
    {
        _options = options;
        if (!ReferenceEquals(_highlighter.Options, options))
        {
            _highlighter = new KramdownSyntaxHighlighter(options);
        }
        _source = source;
        _data = KramdownDocumentData.Of(document);
        AssignHeaderIds(document);

        WriteBlocks(document, -IndentStep, isRoot: true);
        WriteFootnotes();
        var html = _out.ToString();
        return _data.TocPlaceholder is null ? html : InsertToc(html);
    }

    /// <summary>Clears the per-document state so the instance can go back to the pool.</summary>
    public void Reset()
    {
        _out.Clear();
        if (_out.Capacity > 1 << 20)
        {
            _out.Capacity = 4096;
        }
        _source = "";
        _data = new KramdownDocumentData();
        _footnotes.Clear();
        _footnotesByName.Clear();
        _toc.Clear();
    }

    private static string Spaces(int count) => count <= 0 ? "" : new string(' ', count);

    private void Indent(int indent)
    {
        if (indent > 0)
        {
            _out.Append(' ', indent);
        }
    }

    // kramdown: every run of blank lines in the source becomes one :blank element, which the HTML
    // converter writes as "\n" (converter/html.rb convert_blank). Markdig drops blank lines, so
    // they are recovered from the source between two sibling blocks.
    private void WriteBlocks(ContainerBlock container, int indent, bool isRoot = false)
    {
        var childIndent = indent + IndentStep;
        Block? previous = null;
        if (isRoot && StartsWithBlankLine(container))
        {
            _out.Append('\n');
        }
        for (var i = 0; i < container.Count; i++)
        {
            var block = container[i];
            if (!IsRendered(block))
            {
                continue;
            }
            if (previous is not null && HasBlankLineBetween(previous, block))
            {
                _out.Append('\n');
            }
            WriteBlock(block, childIndent);
            previous = block;
        }
        if (isRoot && previous is not null && EndsWithBlankLine(previous))
        {
            _out.Append('\n');
        }
    }

    private static bool IsRendered(Block block) =>
        block is not (LinkReferenceDefinitionGroup or LinkReferenceDefinition or BlankLineBlock)
        && block is not KramdownFootnoteDefinition
        && !KramdownBlockMarker.IsMarker(block)
        // Markdig's footnote extension adds a parser-less paragraph for back links; kramdown's are written by the renderer.
        && block is not ParagraphBlock { Parser: null };

    // kramdown: a blank line before the first block that produces output (after link definitions,
    // ALDs or IALs only) is a :blank element at the start of the document.
    private bool StartsWithBlankLine(ContainerBlock root)
    {
        Block? before = null;
        foreach (var block in root)
        {
            if (IsRendered(block))
            {
                if (before is not null && HasBlankLineBetween(before, block))
                {
                    return true;
                }
                break;
            }
            before = block;
        }
        foreach (var c in _source)
        {
            if (c == '\n')
            {
                return true;
            }
            if (c is not (' ' or '\t' or '\r'))
            {
                return false;
            }
        }
        return false;
    }

    private bool EndsWithBlankLine(Block last) => HasBlankLineBetween(last.Span.End, _source.Length + 1);

    /// <summary>True when a whitespace-only line (ignoring blockquote markers) separates two blocks.</summary>
    private bool HasBlankLineBetween(Block first, Block second) =>
        HasBlankLineBetween(first.Span.End, second.Span.Start);

    private bool HasBlankLineBetween(int endOfFirst, int startOfSecond) =>
        KramdownSourceText.HasBlankLineBetween(_source, endOfFirst, startOfSecond);
}
