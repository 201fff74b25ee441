using Gazette.Configuration;

namespace Gazette.Model;

/// <summary>
/// A page, post or collection document: its source, its front matter (with defaults and the values Jekyll
/// derives), its URL, and — once rendered — its converted content and output.
/// </summary>
internal sealed class Document
{
    public Document(string relativePath, string sourcePath, DocumentKind kind, CollectionConfig? collection)
    {
        RelativePath = relativePath;
        SourcePath = sourcePath;
        Kind = kind;
        Collection = collection;
        Name = relativePath[(relativePath.LastIndexOf('/') + 1)..];
        Extension = System.IO.Path.GetExtension(Name);
        BasenameWithoutExtension = Name[..^Extension.Length];
    }

    /// <summary>Path relative to the site source, with <c>/</c> separators.</summary>
    public string RelativePath { get; }

    public string SourcePath { get; }

    public DocumentKind Kind { get; }

    /// <summary>The collection (posts included), or null for a page.</summary>
    public CollectionConfig? Collection { get; }

    /// <summary>The file name.</summary>
    public string Name { get; }

    /// <summary>The file extension with its dot (<c>.md</c>).</summary>
    public string Extension { get; }

    public string BasenameWithoutExtension { get; }

    /// <summary>Front matter after defaults, plus Jekyll's derived keys (date, slug, categories…).</summary>
    public Dictionary<string, object?> Data { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The body as read from the file (after front matter).</summary>
    public string RawContent
    {
        get => _rawContent ?? _rawContentSource?.Invoke() ?? "";
        set
        {
            _rawContent = value;
            _rawContentSource = null;
        }
    }

    private string? _rawContent;
    private Func<string>? _rawContentSource;

    /// <summary>
    /// Frees the source text once the document has rendered; later readers (another document's
    /// <c>post.content</c> while documents still render) get it from <paramref name="source"/>, the same text.
    /// </summary>
    public void RawContentFrom(Func<string> source)
    {
        _rawContent = null;
        _rawContentSource = source;
    }

    /// <summary>The 1-based line of the body in the source file, for error positions.</summary>
    public int BodyLine { get; set; } = 1;

    /// <summary>The index in the source file's text where the body starts.</summary>
    public int BodyStart { get; set; }

    /// <summary>The text the excerpt renders from, cut when the document was read; null when it has none.</summary>
    public string? ExcerptSource { get; set; }

    public bool IsDraft { get; set; }

    /// <summary>A page whose front matter sets <c>layout: null</c>.</summary>
    public bool HasNoLayout { get; set; }

    public DateTimeOffset Date { get; set; }

    public string Url { get; set; } = "";

    /// <summary>The extension of the output (<c>.html</c> for Markdown and HTML).</summary>
    public string OutputExtension { get; set; } = ".html";

    /// <summary>Where the output goes, relative to the destination, with <c>/</c> separators.</summary>
    public string DestinationPath { get; set; } = "";

    /// <summary>Whether the Markdown converter applies.</summary>
    public bool IsMarkdown { get; set; }

    /// <summary>Whether this document is written to the destination.</summary>
    public bool IsWritten { get; set; } = true;

    public Document? Next { get; set; }

    public Document? Previous { get; set; }

    /// <summary>Content after Liquid and Markdown, before layouts; null until rendered.</summary>
    public string? Content { get; set; }

    /// <summary>
    /// Where the document comes in Jekyll's render order (collections' documents, then pages). Jekyll renders one
    /// document at a time, so a template sees the converted content and output of documents before its own and the
    /// source (and no output) of those after; Gazette renders in parallel and gives the same answers from this.
    /// </summary>
    public int RenderOrder { get; set; } = int.MaxValue;

    /// <summary>The document's render before its turn comes, for templates of later documents; null once written.</summary>
    public PendingRender? PendingRender
    {
        get => Volatile.Read(ref _pendingRender);
        set => Volatile.Write(ref _pendingRender, value);
    }

    private PendingRender? _pendingRender;

    private string? _output;
    private Func<string>? _outputSource;

    /// <summary>The full output with layouts; null until rendered.</summary>
    public string? Output
    {
        get => _output ?? _outputSource?.Invoke();
        set
        {
            _output = value;
            _outputSource = null;
        }
    }

    /// <summary>
    /// Drops the rendered output from memory and reads it back from <paramref name="source"/> on request: Jekyll
    /// keeps every <c>output</c> for later pages, which on a 100,000-post site would be gigabytes held for
    /// templates that hardly ever ask.
    /// </summary>
    public void OutputFrom(Func<string> source)
    {
        _output = null;
        _outputSource = source;
    }

    /// <summary>The rendered excerpt, computed on first use (Jekyll renders excerpts lazily too).</summary>
    public Lazy<string>? Excerpt { get; set; }

    /// <summary>Jekyll: <c>Document#id</c> is the URL's folder joined with the slug; pages have none.</summary>
    public string Id => Kind == DocumentKind.Page ? "" :
        UrlPath.Join(UrlPath.Directory(Url), Data.GetValueOrDefault("slug")?.ToString() ?? BasenameWithoutExtension);

    public bool IsHtml => OutputExtension is ".html" or ".htm" or ".xhtml";

    public IReadOnlyList<string> Categories => StringList("categories");

    public IReadOnlyList<string> Tags => StringList("tags");

    private List<string> StringList(string key) => Data.GetValueOrDefault(key) is List<object?> list
        ? list.Where(x => x is not null).Select(x => x!.ToString()!).ToList()
        : [];
}
