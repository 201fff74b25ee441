namespace Gazette.Markdown;

/// <summary>
/// The <c>kramdown:</c> options Jekyll passes from <c>_config.yml</c> to its Markdown converter,
/// with Jekyll's defaults (Jekyll: <c>lib/jekyll/configuration.rb</c> DEFAULTS["kramdown"]).
/// </summary>
internal sealed record KramdownOptions
{
    public static KramdownOptions JekyllDefaults { get; } = new();

    public bool AutoIds { get; init; } = true;
    public string AutoIdPrefix { get; init; } = "";
    public bool HardWrap { get; init; }
    public string Input { get; init; } = "GFM";
    public IReadOnlyList<string> SmartQuotes { get; init; } = ["lsquo", "rsquo", "ldquo", "rdquo"];
    public int TocLevelMin { get; init; } = 1;
    public int TocLevelMax { get; init; } = 6;
    public int FootnoteNumber { get; init; } = 1;
    public bool GuessLang { get; init; } = true;
    public string DefaultLang { get; init; } = "plaintext";

    /// <summary>The <c>markdown:</c> setting: kramdown (default), or CommonMark / GFM for plain Markdig output.</summary>
    public string Processor { get; init; } = "kramdown";
}
