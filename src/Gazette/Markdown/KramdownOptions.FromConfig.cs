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
    public static KramdownOptions FromConfig(IReadOnlyDictionary<string, object?>? kramdownSection, string? markdownSetting) =>
        FromConfig(kramdownSection, markdownSetting, "rouge");

    /// <summary>
    /// Like <see cref="FromConfig(IReadOnlyDictionary{string, object?}?, string?)"/>, with the site's top-level
    /// <c>highlighter</c> setting, which Jekyll uses when <c>kramdown.syntax_highlighter</c> is not set.
    /// </summary>
    public static KramdownOptions FromConfig(IReadOnlyDictionary<string, object?>? kramdownSection, string? markdownSetting, object? highlighterSetting)
    {
        var options = JekyllDefaults with { Processor = string.IsNullOrWhiteSpace(markdownSetting) ? "kramdown" : markdownSetting.Trim() };
        if (kramdownSection is null && (!KramdownOptionValues.Truthy(highlighterSetting) || Equals(highlighterSetting, "rouge")))
        {
            return options;
        }
        return options.WithSection(JekyllSetup(kramdownSection ?? new Dictionary<string, object?>(), highlighterSetting));
    }

    // Jekyll: converters/markdown/kramdown_parser.rb setup and highlighter: syntax_highlighter falls
    // back to enable_coderay, then to the site's highlighter (or rouge); syntax_highlighter_opts gets
    // default_lang plaintext unless set, and guess_lang is always kramdown.guess_lang (true by default,
    // configuration.rb DEFAULTS), whatever syntax_highlighter_opts says.
    private static Dictionary<string, object?> JekyllSetup(IReadOnlyDictionary<string, object?> section, object? highlighterSetting)
    {
        var config = new Dictionary<string, object?>(section, StringComparer.Ordinal);
        if (!KramdownOptionValues.Truthy(config.GetValueOrDefault("syntax_highlighter")))
        {
            config["syntax_highlighter"] = KramdownOptionValues.Truthy(config.GetValueOrDefault("enable_coderay"))
                ? "coderay"
                : KramdownOptionValues.Truthy(highlighterSetting) ? highlighterSetting : "rouge";
        }
        var opts = new Dictionary<string, object?>(KramdownOptionValues.Hash(config.GetValueOrDefault("syntax_highlighter_opts")) ?? new Dictionary<string, object?>(), StringComparer.Ordinal);
        if (!KramdownOptionValues.Truthy(opts.GetValueOrDefault("default_lang")))
        {
            opts["default_lang"] = "plaintext";
        }
        opts["guess_lang"] = config.TryGetValue("guess_lang", out var guess) ? guess : true;
        config["syntax_highlighter_opts"] = opts;
        return config;
    }

    /// <summary>These options with the keys of a <c>kramdown:</c> section applied (missing keys keep their values).</summary>
    public KramdownOptions WithSection(IReadOnlyDictionary<string, object?> kramdownSection)
    {
        var options = this;
        var c = kramdownSection;
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
            FootnoteLinkText = Text(c, "footnote_link_text") is { } linkText && linkText.Contains("%s", StringComparison.Ordinal) ? linkText : options.FootnoteLinkText,
            HeaderLinks = Bool(c, "header_links", options.HeaderLinks),
            RemoveLineBreaksForCjk = Bool(c, "remove_line_breaks_for_cjk", options.RemoveLineBreaksForCjk),
            SyntaxHighlighterOpts = KramdownOptionValues.Hash(Get(c, "syntax_highlighter_opts")) ?? options.SyntaxHighlighterOpts,
            SyntaxHighlighter = c.TryGetValue("syntax_highlighter", out var highlighter) ? KramdownOptionValues.Symbol(highlighter) : options.SyntaxHighlighter,
            MathEngine = c.ContainsKey("math_engine") ? Text(c, "math_engine") : options.MathEngine,
            ParseBlockHtml = Bool(c, "parse_block_html", options.ParseBlockHtml),
            ParseSpanHtml = Bool(c, "parse_span_html", options.ParseSpanHtml),
            LinkDefs = LinkDefsFrom(Get(c, "link_defs")) ?? options.LinkDefs,
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

    // kramdown: options.rb parse reads a string for a Boolean option as true unless it is "false" or empty.
    private static bool Bool(IReadOnlyDictionary<string, object?> section, string key, bool fallback) => Get(section, key) switch
    {
        bool b => b,
        string s => Kramdown.KramdownOptionChanges.IsTrue(s),
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

    private static Dictionary<string, string>? Map(IReadOnlyDictionary<string, object?> section, string key) =>
        KramdownOptionValues.Hash(Get(section, key))?.ToDictionary(p => p.Key, p => Convert.ToString(p.Value, CultureInfo.InvariantCulture) ?? "");

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

    // kramdown: options.rb link_defs is a hash of id to [url, title].
    private static Dictionary<string, (string Url, string? Title)>? LinkDefsFrom(object? value)
    {
        if (KramdownOptionValues.Hash(value) is not { } hash)
        {
            return null;
        }
        var result = new Dictionary<string, (string Url, string? Title)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (id, definition) in hash)
        {
            if (definition is IList<object?> { Count: > 0 } parts)
            {
                var title = parts.Count > 1 && parts[1] is not null ? Convert.ToString(parts[1], CultureInfo.InvariantCulture) : null;
                result[id] = (Convert.ToString(parts[0], CultureInfo.InvariantCulture) ?? "", title);
            }
        }
        return result;
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
