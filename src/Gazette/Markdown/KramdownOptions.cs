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

    /// <summary>Reads the <c>kramdown:</c> section and the <c>markdown:</c> setting of a site configuration.</summary>
    public static KramdownOptions FromConfig(IReadOnlyDictionary<string, object?>? kramdown, string? markdownSetting)
    {
        var options = JekyllDefaults with { Processor = markdownSetting ?? "kramdown" };
        if (kramdown is null)
        {
            return options;
        }
        return options with
        {
            AutoIds = kramdown.GetValueOrDefault("auto_ids") is not false,
            AutoIdPrefix = kramdown.GetValueOrDefault("auto_id_prefix") as string ?? "",
            HardWrap = kramdown.GetValueOrDefault("hard_wrap") is true,
            Input = kramdown.GetValueOrDefault("input") as string ?? "GFM",
        };
    }

    /// <summary>The <c>markdown:</c> setting: kramdown (default), or CommonMark / GFM for plain Markdig output.</summary>
    public string Processor { get; init; } = "kramdown";
}
