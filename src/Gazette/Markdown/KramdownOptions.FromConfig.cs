using System.Globalization;
using System.Text.RegularExpressions;

namespace Gazette.Markdown;

internal sealed partial record KramdownOptions
{
    /// <summary>
    /// Reads the <c>kramdown:</c> section and the <c>markdown:</c> setting of a site configuration.
    /// Keys that are missing keep Jekyll's defaults; values are the plain objects the YAML reader gives
    /// (string, long, double, bool, <see cref="List{T}"/>, <see cref="Dictionary{TKey, TValue}"/>).
    /// </summary>
    public static KramdownOptions FromConfig(IReadOnlyDictionary<string, object?>? kramdownSection, string? markdownSetting)
    {
        var options = JekyllDefaults with { Processor = string.IsNullOrWhiteSpace(markdownSetting) ? "kramdown" : markdownSetting.Trim() };
        return kramdownSection is null ? options : options.WithSection(kramdownSection);
    }

    /// <summary>These options with the keys of a <c>kramdown:</c> section applied (missing keys keep their values).</summary>
    public KramdownOptions WithSection(IReadOnlyDictionary<string, object?> kramdownSection)
    {
        var options = this;
        var c = kramdownSection;
        var highlighterOptions = Get(c, "syntax_highlighter_opts") as IReadOnlyDictionary<string, object?>
            ?? (Get(c, "syntax_highlighter_opts") is IDictionary<string, object?> d ? d.AsReadOnly() : null);
        return options with
        {
            AutoIds = Bool(c, "auto_ids", options.AutoIds),
            AutoIdPrefix = Text(c, "auto_id_prefix") ?? options.AutoIdPrefix,
            AutoIdStripping = Bool(c, "auto_id_stripping", options.AutoIdStripping),
            HeaderOffset = Int(c, "header_offset", options.HeaderOffset),
            HardWrap = Bool(c, "hard_wrap", options.HardWrap),
            Input = Text(c, "input") ?? options.Input,
            GfmQuirks = List(c, "gfm_quirks") ?? options.GfmQuirks,
            SmartQuotes = SmartQuotesFrom(List(c, "smart_quotes")) ?? options.SmartQuotes,
            TypographicSymbols = Map(c, "typographic_symbols") ?? options.TypographicSymbols,
            TocLevels = TocLevelsFrom(Get(c, "toc_levels")) ?? options.TocLevels,
            FootnoteNumber = Int(c, "footnote_nr", options.FootnoteNumber),
            FootnoteBacklink = Text(c, "footnote_backlink") ?? options.FootnoteBacklink,
            FootnoteBacklinkInline = Bool(c, "footnote_backlink_inline", options.FootnoteBacklinkInline),
            FootnotePrefix = Text(c, "footnote_prefix") ?? options.FootnotePrefix,
            EntityOutput = Text(c, "entity_output")?.TrimStart(':') ?? options.EntityOutput,
            GuessLang = highlighterOptions is not null && highlighterOptions.ContainsKey("guess_lang")
                ? Bool(highlighterOptions, "guess_lang", options.GuessLang)
                : Bool(c, "guess_lang", options.GuessLang),
            FootnoteLinkText = Text(c, "footnote_link_text") is { } linkText && linkText.Contains("%s", StringComparison.Ordinal) ? linkText : options.FootnoteLinkText,
            HeaderLinks = Bool(c, "header_links", options.HeaderLinks),
            RemoveLineBreaksForCjk = Bool(c, "remove_line_breaks_for_cjk", options.RemoveLineBreaksForCjk),
            DefaultLang = (highlighterOptions is null ? null : Text(highlighterOptions, "default_lang")) ?? options.DefaultLang,
            SyntaxHighlighter = c.ContainsKey("syntax_highlighter") ? Text(c, "syntax_highlighter") : options.SyntaxHighlighter,
            MathEngine = c.ContainsKey("math_engine") ? Text(c, "math_engine") : options.MathEngine,
            ParseBlockHtml = Bool(c, "parse_block_html", options.ParseBlockHtml),
            ParseSpanHtml = Bool(c, "parse_span_html", options.ParseSpanHtml),
        };
    }

    private static object? Get(IReadOnlyDictionary<string, object?> section, string key) =>
        section.TryGetValue(key, out var value) ? value : null;

    private static string? Text(IReadOnlyDictionary<string, object?> section, string key) => Get(section, key) switch
    {
        null => null,
        string s => s,
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        var other => other.ToString(),
    };

    private static bool Bool(IReadOnlyDictionary<string, object?> section, string key, bool fallback) => Get(section, key) switch
    {
        bool b => b,
        string s when bool.TryParse(s, out var b) => b,
        null => fallback,
        _ => fallback,
    };

    private static int Int(IReadOnlyDictionary<string, object?> section, string key, int fallback) => Get(section, key) switch
    {
        long l => (int)l,
        int i => i,
        double d => (int)d,
        string s when int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) => i,
        _ => fallback,
    };

    // kramdown: options.rb simple_array_validator accepts a comma separated string or an array.
    private static List<string>? List(IReadOnlyDictionary<string, object?> section, string key) => Get(section, key) switch
    {
        string s => s.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(v => v.TrimStart(':')).ToList(),
        IEnumerable<object?> items => items.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)?.Trim().TrimStart(':') ?? "").ToList(),
        _ => null,
    };

    private static Dictionary<string, string>? Map(IReadOnlyDictionary<string, object?> section, string key) => Get(section, key) switch
    {
        IEnumerable<KeyValuePair<string, object?>> pairs => pairs.ToDictionary(p => p.Key.TrimStart(':'), p => Convert.ToString(p.Value, CultureInfo.InvariantCulture) ?? ""),
        _ => null,
    };

    // kramdown: options.rb smart_quotes accepts entity names or code points.
    private static List<string>? SmartQuotesFrom(List<string>? values)
    {
        if (values is not { Count: 4 })
        {
            return null;
        }
        return values.Select(v => int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var code)
            ? char.ConvertFromUtf32(code)
            : KramdownEntities.Resolve(v) ?? v).ToList();
    }

    // kramdown: options.rb toc_levels accepts "2..3", "1,2,3", an array or a range.
    private static HashSet<int>? TocLevelsFrom(object? value)
    {
        switch (value)
        {
            case string s when RangePattern().Match(s) is { Success: true } m:
                var from = m.Groups[1].Value[0] - '0';
                var to = m.Groups[2].Value[0] - '0';
                return [.. Enumerable.Range(from, Math.Max(0, to - from + 1))];
            case string s:
                return [.. s.Split(',').Select(v => int.TryParse(v, CultureInfo.InvariantCulture, out var i) ? i : -1).Where(i => i > 0)];
            case IEnumerable<object?> items:
                return [.. items.Select(v => Convert.ToInt32(v, CultureInfo.InvariantCulture))];
            case long l:
                return [(int)l];
            default:
                return null;
        }
    }

    [GeneratedRegex(@"^(\d)\.\.(\d)$")]
    private static partial Regex RangePattern();
}
