using Gazette.Yaml;

namespace Gazette.Markdown;

/// <summary>
/// What kramdown's rouge highlighter does for one kind of code (blocks or spans), read from
/// <c>syntax_highlighter_opts</c> (kramdown: converter/syntax_highlighter/rouge.rb prepare_options):
/// the top-level keys, overridden by the <c>block:</c> or <c>span:</c> sub-hash; spans are never wrapped.
/// </summary>
internal sealed record KramdownRougeOptions
{
    /// <summary>Language for code without one (<c>default_lang</c>).</summary>
    public string? DefaultLang { get; init; }

    /// <summary>Guess a language for code without one and allow plain-text output (<c>guess_lang</c>).</summary>
    public bool GuessLang { get; init; }

    /// <summary>Leave this kind of code unhighlighted (<c>disable</c>).</summary>
    public bool Disable { get; init; }

    /// <summary>Class of the <c>&lt;pre&gt;</c> in the wrapper (<c>css_class</c>, kramdown's default <c>highlight</c>).</summary>
    public string CssClass { get; init; } = "highlight";

    /// <summary>Wrap in <c>&lt;div class="highlight"&gt;&lt;pre&gt;&lt;code&gt;</c> (<c>wrap</c>; always false for spans).</summary>
    public bool Wrap { get; init; } = true;

    /// <summary>Rouge's HTMLTable formatter with a line-number gutter (<c>line_numbers</c>).</summary>
    public bool LineNumbers { get; init; }

    /// <summary>First line number (<c>start_line</c>).</summary>
    public long StartLine { get; init; } = 1;

    /// <summary>sprintf format of a line number (<c>line_format</c>).</summary>
    public string LineFormat { get; init; } = "%i";

    /// <summary>Class of the line-number table (<c>table_class</c>).</summary>
    public string TableClass { get; init; } = "rouge-table";

    /// <summary>Class of the gutter cell (<c>gutter_class</c>).</summary>
    public string GutterClass { get; init; } = "rouge-gutter";

    /// <summary>Class of the code cell (<c>code_class</c>).</summary>
    public string CodeClass { get; init; } = "rouge-code";

    /// <summary>Resolves the options for blocks (<paramref name="span"/> false) or spans.</summary>
    public static KramdownRougeOptions From(IReadOnlyDictionary<string, object?> opts, bool span)
    {
        var merged = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in opts)
        {
            if (key is not ("block" or "span"))
            {
                merged[key] = value;
            }
        }
        if (KramdownOptionValues.Hash(opts.GetValueOrDefault(span ? "span" : "block")) is { } own)
        {
            foreach (var (key, value) in own)
            {
                merged[key] = value;
            }
        }
        if (span)
        {
            merged["wrap"] = false;
        }
        string Text(string key, string fallback) => merged.TryGetValue(key, out var v) ? ScalarText.Of(v) : fallback;
        return new KramdownRougeOptions
        {
            DefaultLang = KramdownOptionValues.Truthy(merged.GetValueOrDefault("default_lang")) ? ScalarText.Of(merged["default_lang"]) : null,
            GuessLang = KramdownOptionValues.Truthy(merged.GetValueOrDefault("guess_lang")),
            Disable = KramdownOptionValues.Truthy(merged.GetValueOrDefault("disable")),
            // kramdown: opts[:css_class] ||= 'highlight'
            CssClass = KramdownOptionValues.Truthy(merged.GetValueOrDefault("css_class")) ? ScalarText.Of(merged["css_class"]) : "highlight",
            // Rouge: HTMLLegacy wraps when opts.fetch(:wrap, true) is truthy.
            Wrap = !merged.TryGetValue("wrap", out var wrap) || KramdownOptionValues.Truthy(wrap),
            LineNumbers = KramdownOptionValues.Truthy(merged.GetValueOrDefault("line_numbers")),
            StartLine = merged.GetValueOrDefault("start_line") is long start ? start : 1,
            LineFormat = Text("line_format", "%i"),
            TableClass = Text("table_class", "rouge-table"),
            GutterClass = Text("gutter_class", "rouge-gutter"),
            CodeClass = Text("code_class", "rouge-code"),
        };
    }
}
