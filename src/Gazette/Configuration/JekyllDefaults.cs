namespace Gazette.Configuration;

/// <summary>
/// Jekyll: <c>Configuration::DEFAULTS</c> and <c>DEFAULT_EXCLUDES</c> (lib/jekyll/configuration.rb),
/// the settings every site starts from before its <c>_config.yml</c> is merged in.
/// </summary>
internal static class JekyllDefaults
{
    public static readonly IReadOnlyList<string> DefaultExcludes =
    [
        ".sass-cache", ".jekyll-cache", "gemfiles", "Gemfile", "Gemfile.lock", "node_modules",
        "vendor/bundle/", "vendor/cache/", "vendor/gems/", "vendor/ruby/",
    ];

    public static Dictionary<string, object?> Create() => new(StringComparer.Ordinal)
    {
        ["collections_dir"] = "",
        ["cache_dir"] = ".jekyll-cache",
        ["plugins_dir"] = "_plugins",
        ["layouts_dir"] = "_layouts",
        ["data_dir"] = "_data",
        ["includes_dir"] = "_includes",
        ["collections"] = new Dictionary<string, object?>(StringComparer.Ordinal),
        ["safe"] = false,
        ["include"] = new List<object?> { ".htaccess" },
        ["exclude"] = new List<object?>(),
        ["keep_files"] = new List<object?> { ".git", ".svn" },
        ["encoding"] = "utf-8",
        ["markdown_ext"] = "markdown,mkdown,mkdn,mkd,md",
        ["strict_front_matter"] = false,
        ["show_drafts"] = null,
        ["limit_posts"] = 0L,
        ["future"] = false,
        ["unpublished"] = false,
        ["whitelist"] = new List<object?>(),
        ["plugins"] = new List<object?>(),
        ["markdown"] = "kramdown",
        ["highlighter"] = "rouge",
        ["lsi"] = false,
        ["excerpt_separator"] = "\n\n",
        ["incremental"] = false,
        ["detach"] = false,
        ["port"] = "4000",
        ["host"] = "127.0.0.1",
        ["baseurl"] = null,
        ["show_dir_listing"] = false,
        ["permalink"] = "date",
        ["paginate_path"] = "/page:num",
        ["timezone"] = null,
        ["quiet"] = false,
        ["verbose"] = false,
        ["defaults"] = new List<object?>(),
        ["liquid"] = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["error_mode"] = "warn",
            ["strict_filters"] = false,
            ["strict_variables"] = false,
        },
        ["kramdown"] = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["auto_ids"] = true,
            ["toc_levels"] = new List<object?> { 1L, 2L, 3L, 4L, 5L, 6L },
            ["entity_output"] = "as_char",
            ["smart_quotes"] = "lsquo,rsquo,ldquo,rdquo",
            ["input"] = "GFM",
            ["hard_wrap"] = false,
            ["guess_lang"] = true,
            ["footnote_nr"] = 1L,
            ["show_warnings"] = false,
        },
    };
}
