using Gazette.Markdown;
using Gazette.Yaml;

namespace Gazette.Configuration;

/// <summary>
/// The merged site configuration (Jekyll defaults, then each config file, then command-line overrides),
/// with typed accessors for the settings that change the output. Frozen after loading.
/// </summary>
internal sealed class SiteConfig
{
    public SiteConfig(string source, string destination, Dictionary<string, object?> raw)
    {
        Source = source;
        Destination = destination;
        Raw = raw;
        BaseUrl = (String("baseurl") ?? "").TrimEnd('/');
        Url = (String("url") ?? "").TrimEnd('/');
        PermalinkStyle = String("permalink") ?? "date";
        TimeZone = TimeZoneResolver.Resolve(String("timezone"));
        Future = Bool("future");
        Unpublished = Bool("unpublished");
        ShowDrafts = Bool("show_drafts");
        ExcerptSeparator = Raw.TryGetValue("excerpt_separator", out var sep) ? sep?.ToString() ?? "" : "\n\n";
        MarkdownExtensions = (String("markdown_ext") ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(e => "." + e.ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);
        Exclude = StringList("exclude");
        Include = StringList("include");
        KeepFiles = StringList("keep_files");
        LayoutsDir = String("layouts_dir") ?? "_layouts";
        IncludesDir = String("includes_dir") ?? "_includes";
        DataDir = String("data_dir") ?? "_data";
        CollectionsDir = (String("collections_dir") ?? "").Trim('/');
        Collections = CollectionConfigReader.Read(this);
        Kramdown = KramdownOptions.FromConfig(Raw.GetValueOrDefault("kramdown") as Dictionary<string, object?>, String("markdown"),
            Raw.GetValueOrDefault("highlighter"));
        var liquid = Raw.GetValueOrDefault("liquid") as Dictionary<string, object?>;
        StrictFilters = liquid?.GetValueOrDefault("strict_filters") is true;
        StrictVariables = liquid?.GetValueOrDefault("strict_variables") is true;
    }

    public string Source { get; }
    public string Destination { get; }
    public Dictionary<string, object?> Raw { get; }
    public string BaseUrl { get; }
    public string Url { get; }
    public string PermalinkStyle { get; }
    public TimeZoneInfo TimeZone { get; }
    public bool Future { get; }
    public bool Unpublished { get; }
    public bool ShowDrafts { get; }
    public string ExcerptSeparator { get; }
    public IReadOnlySet<string> MarkdownExtensions { get; }
    public IReadOnlyList<string> Exclude { get; }
    public IReadOnlyList<string> Include { get; }
    public IReadOnlyList<string> KeepFiles { get; }
    public string LayoutsDir { get; }
    public string IncludesDir { get; }
    public string DataDir { get; }
    public string CollectionsDir { get; }
    public IReadOnlyList<CollectionConfig> Collections { get; }
    public KramdownOptions Kramdown { get; }
    public bool StrictFilters { get; }
    public bool StrictVariables { get; }

    public string? String(string key) => Raw.TryGetValue(key, out var v) && v is not null ? ScalarText.Of(v) : null;

    public bool Bool(string key) => Raw.TryGetValue(key, out var v) && v is true;

    private List<string> StringList(string key) => Raw.GetValueOrDefault(key) switch
    {
        List<object?> list => list.Where(x => x is not null).Select(x => ScalarText.Of(x)).ToList(),
        string s => [s],
        _ => [],
    };

}
