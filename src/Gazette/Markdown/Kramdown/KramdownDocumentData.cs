using Gazette.Markdown.Kramdown.Html;
using Markdig.Syntax;

namespace Gazette.Markdown.Kramdown;

/// <summary>
/// What the kramdown extensions learn about one document while parsing (attribute list
/// definitions) and what the renderer tracks while writing it (TOC and footnote placement).
/// </summary>
internal sealed class KramdownDocumentData
{
    private static readonly object DataKey = typeof(KramdownDocumentData);

    /// <summary>Attribute list definitions (<c>{:name: .class}</c>) by name.</summary>
    public Dictionary<string, KramdownAttributeList> Alds { get; } = new(StringComparer.Ordinal);

    /// <summary>Footnote definitions by name (a later definition replaces an earlier one, as in kramdown).</summary>
    public Dictionary<string, Blocks.KramdownFootnoteDefinition> Footnotes { get; } = new(StringComparer.Ordinal);

    /// <summary>Abbreviation definitions (<c>*[HTML]: …</c>), applied to the text of the whole document.</summary>
    public KramdownAbbreviations Abbreviations { get; } = new();

    /// <summary>Options changed inside the document with <c>{::options /}</c>.</summary>
    public KramdownOptionChanges OptionChanges { get; } = new();

    /// <summary>Finds a link definition by its whitespace-collapsed id (set up before the spans are resolved).</summary>
    public Func<string, LinkReferenceDefinition?> LinkDefinitions { get; set; } = _ => null;

    public string? TocPlaceholder { get; set; }

    public string? TocListTag { get; set; }

    public KramdownAttributes? TocAttributes { get; set; }

    public bool FootnotesPlaced { get; set; }

    /// <summary>The paragraph or header of a footnote that receives the back link.</summary>
    public Block? BacklinkTarget { get; set; }

    public string? Backlink { get; set; }

    public static KramdownDocumentData Of(MarkdownDocument document)
    {
        if (document.GetData(DataKey) is not KramdownDocumentData data)
        {
            data = new KramdownDocumentData();
            document.SetData(DataKey, data);
        }
        return data;
    }

    /// <summary>True for a container that stands for an HTML element parsed with <c>markdown="1"</c>.</summary>
    public static bool IsHtmlElement(ContainerBlock block) => block is KramdownHtmlElementBlock;
}
