namespace Gazette.Markdown;

/// <summary>
/// The <c>kramdown:</c> options Jekyll passes from <c>_config.yml</c> to its Markdown converter,
/// with Jekyll's defaults (Jekyll: <c>lib/jekyll/configuration.rb</c> DEFAULTS["kramdown"]).
/// </summary>
internal sealed partial record KramdownOptions
{
    /// <summary>What a Jekyll site without a <c>kramdown:</c> section gets.</summary>
    public static KramdownOptions JekyllDefaults { get; } = new();

    /// <summary>
    /// kramdown's own defaults (kramdown: options.rb), as kramdown's test suite uses them: the
    /// kramdown parser and no default language for the highlighter.
    /// </summary>
    public static KramdownOptions KramdownDefaults { get; } = new()
    {
        Input = "kramdown",
        SyntaxHighlighterOpts = new Dictionary<string, object?>(),
        HardWrap = false,
    };

    /// <summary>Headers get ids generated from their text (<c>auto_ids</c>).</summary>
    public bool AutoIds { get; init; } = true;

    /// <summary>Prefix put before every generated header id (<c>auto_id_prefix</c>).</summary>
    public string AutoIdPrefix { get; init; } = "";

    /// <summary>Header ids use kramdown's basic scheme without the GFM parser's stripping (<c>auto_id_stripping</c>, forced on by the GFM parser).</summary>
    public bool AutoIdStripping { get; init; }

    /// <summary>Added to every header level on output, clamped to 1..6 (<c>header_offset</c>).</summary>
    public int HeaderOffset { get; init; }

    /// <summary>Every newline in a paragraph becomes <c>&lt;br /&gt;</c> (<c>hard_wrap</c>; Jekyll's default is false).</summary>
    public bool HardWrap { get; init; }

    /// <summary>The kramdown parser: <c>GFM</c> (Jekyll's default) or <c>kramdown</c>.</summary>
    public string Input { get; init; } = "GFM";

    /// <summary>GFM quirks (<c>gfm_quirks</c>): <c>paragraph_end</c> (default) and <c>no_auto_typographic</c>.</summary>
    public IReadOnlyList<string> GfmQuirks { get; init; } = ["paragraph_end"];

    /// <summary>Left single, right single, left double, right double quote, as output text (<c>smart_quotes</c>).</summary>
    public IReadOnlyList<string> SmartQuotes { get; init; } = ["\u2018", "\u2019", "\u201C", "\u201D"];

    /// <summary>Replacement text per typographic symbol name (<c>typographic_symbols</c>: hellip, mdash, ndash, laquo, raquo, laquo_space, raquo_space).</summary>
    public IReadOnlyDictionary<string, string> TypographicSymbols { get; init; } = new Dictionary<string, string>();

    /// <summary>Header levels that go into a <c>{:toc}</c> (<c>toc_levels</c>).</summary>
    public IReadOnlySet<int> TocLevels { get; init; } = new HashSet<int> { 1, 2, 3, 4, 5, 6 };

    /// <summary>Number of the first footnote (<c>footnote_nr</c>).</summary>
    public int FootnoteNumber { get; init; } = 1;

    /// <summary>Text of the footnote back link, HTML-escaped on output (<c>footnote_backlink</c>); empty means none.</summary>
    public string FootnoteBacklink { get; init; } = "&#8617;";

    /// <summary>Place the back link in the last nested paragraph (<c>footnote_backlink_inline</c>).</summary>
    public bool FootnoteBacklinkInline { get; init; }

    /// <summary>Format of the footnote marker text, <c>%s</c> standing for the number (<c>footnote_link_text</c>).</summary>
    public string FootnoteLinkText { get; init; } = "%s";

    /// <summary>Put an empty <c>&lt;a href="#id"&gt;</c> at the start of every header with an id (<c>header_links</c>).</summary>
    public bool HeaderLinks { get; init; }

    /// <summary>Remove a line break between two CJK characters (<c>remove_line_breaks_for_cjk</c>).</summary>
    public bool RemoveLineBreaksForCjk { get; init; }

    /// <summary>Prefix for footnote ids (<c>footnote_prefix</c>).</summary>
    public string FootnotePrefix { get; init; } = "";

    /// <summary>How entities are written: <c>as_char</c> (default), <c>as_input</c>, <c>numeric</c> or <c>symbolic</c>.</summary>
    public string EntityOutput { get; init; } = "as_char";

    /// <summary>
    /// The highlighter's options as given (<c>syntax_highlighter_opts</c>, a hash with optional <c>block:</c> and
    /// <c>span:</c> sub-hashes); Jekyll always sets <c>default_lang</c> (plaintext) and <c>guess_lang</c>.
    /// </summary>
    public IReadOnlyDictionary<string, object?> SyntaxHighlighterOpts { get; init; } =
        new Dictionary<string, object?> { ["default_lang"] = "plaintext", ["guess_lang"] = true };

    /// <summary>Code without a language is highlighted as this language (top-level <c>syntax_highlighter_opts.default_lang</c>).</summary>
    public string? DefaultLang => KramdownOptionValues.Truthy(SyntaxHighlighterOpts.GetValueOrDefault("default_lang"))
        ? Yaml.ScalarText.Of(SyntaxHighlighterOpts["default_lang"])
        : null;

    /// <summary>The syntax highlighter (<c>syntax_highlighter</c>): <c>rouge</c> or <c>minted</c>; null or any other name means no highlighting.</summary>
    public string? SyntaxHighlighter { get; init; } = "rouge";

    /// <summary>The math engine (<c>math_engine</c>): <c>mathjax</c> (default) or null for raw <c>kdmath</c> output.</summary>
    public string? MathEngine { get; init; } = "mathjax";

    /// <summary>Parse Markdown inside block HTML without <c>markdown="1"</c> (<c>parse_block_html</c>).</summary>
    public bool ParseBlockHtml { get; init; }

    /// <summary>Parse Markdown inside span HTML (<c>parse_span_html</c>).</summary>
    public bool ParseSpanHtml { get; init; } = true;

    /// <summary>Link definitions given with the options (<c>link_defs</c>: id to URL and optional title); the text's own win.</summary>
    public IReadOnlyDictionary<string, (string Url, string? Title)> LinkDefs { get; init; } = new Dictionary<string, (string Url, string? Title)>();

    /// <summary>The <c>markdown:</c> setting: kramdown (default), or CommonMark / GFM for plain Markdig output.</summary>
    public string Processor { get; init; } = "kramdown";

    /// <summary>True when <see cref="Processor"/> asks for kramdown semantics rather than a plain Markdig pipeline.</summary>
    public bool IsKramdown => MarkdownProcessor.IsKramdown(Processor);

    /// <summary>True when the GFM parser runs (<c>input: GFM</c>), which changes header ids, fences and escapes.</summary>
    public bool IsGfmInput => string.Equals(Input, "GFM", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when lists, headers, quotes and fences may start right below a paragraph line (GFM quirk <c>paragraph_end</c>).</summary>
    public bool IsGfmParagraphEnd => IsGfmInput && GfmQuirks.Contains("paragraph_end");
}
