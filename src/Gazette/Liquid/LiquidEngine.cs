using System.Collections.Concurrent;
using System.Globalization;
using Fluid;
using Gazette.Configuration;
using Gazette.Diagnostics;
using Gazette.Liquid.Drops;
using Gazette.Liquid.Filters;
using Gazette.Liquid.Syntax;
using Gazette.Markdown;
using Gazette.Model;

namespace Gazette.Liquid;

/// <summary>
/// Jekyll's Liquid: the parser with Jekyll's tags, the options with Jekyll's filters and drops, and a cache so
/// that each include is parsed once per build and shared by every thread.
/// </summary>
internal sealed class LiquidEngine
{
    private readonly ConcurrentDictionary<string, Lazy<LiquidTemplate>> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IFluidTemplate> _fragments = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _existingFiles = new(StringComparer.Ordinal);

    public LiquidEngine(SiteConfig config, MarkdownConverter markdown)
    {
        Config = config;
        Markdown = markdown;
        var mode = ErrorModeOf(config);
        var liquid5Tags = Liquid5TagsOf(config);
        Parser = mode == ErrorMode.Warn && liquid5Tags ? JekyllLiquidParser.Shared : new JekyllLiquidParser(mode, liquid5Tags);
        Options = new TemplateOptions
        {
            ModelNamesComparer = StringComparer.Ordinal,
            StrictFilters = config.StrictFilters,
            StrictVariables = config.StrictVariables,
            TimeZone = config.TimeZone,
            CultureInfo = CultureInfo.InvariantCulture,
        };
        LiquidValues.Register(Options);
        Options.Filters.WithJekyllFilters();
    }

    public SiteConfig Config { get; }

    public MarkdownConverter Markdown { get; }

    public JekyllLiquidParser Parser { get; }

    public TemplateOptions Options { get; }

    // Jekyll: `liquid: error_mode:` (warn by default) sets Liquid::Template.error_mode.
    private static ErrorMode ErrorModeOf(SiteConfig config) =>
        LiquidOption(config, "error_mode") switch
        {
            "strict" => ErrorMode.Strict,
            "lax" => ErrorMode.Lax,
            _ => ErrorMode.Warn,
        };

    // Gazette's extension: `liquid: liquid5_tags: false` turns Liquid 5's tags off, for strict Jekyll 4.4 parsing.
    private static bool Liquid5TagsOf(SiteConfig config) => LiquidOption(config, "liquid5_tags") is not false;

    private static object? LiquidOption(SiteConfig config, string key) =>
        (config.Raw.GetValueOrDefault("liquid") as Dictionary<string, object?>)?.GetValueOrDefault(key);

    /// <summary>
    /// A context for Liquid rendered outside any page (conformance runs, tools): Jekyll's filters and tags work,
    /// <c>page</c> is undefined, and no payload variables are set. Jekyll's own tags that need a page
    /// (<c>include_relative</c>) fail as they would without one.
    /// </summary>
    public TemplateContext CreateStandaloneContext(Site site)
    {
        var context = new TemplateContext(Options, StringComparer.Ordinal);
        new RenderScope(this, site, page: null).AttachTo(context);
        return context;
    }

    /// <summary>Parses a template; a syntax error becomes a diagnostic with the file's line.</summary>
    public LiquidTemplate Parse(string source, string file, int firstLine)
    {
        try
        {
            return new LiquidTemplate(Parser.ParseDocument(source), file, firstLine);
        }
        catch (LiquidSyntaxException e)
        {
            throw new BuildException(new Diagnostic(file, Math.Max(e.Line, 1) + firstLine - 1, Math.Max(e.Column, 1), "Liquid Exception: Liquid syntax error: " + e.Message,
                "check that every {% tag %} is closed ({% endif %}, {% endfor %}…) and every {{ output }} is balanced"));
        }
    }

    /// <summary>An include, parsed once. Jekyll: <c>IncludeTag#load_cached_partial</c>.</summary>
    public LiquidTemplate Include(string relativePath) =>
        _files.GetOrAdd(relativePath, path => new Lazy<LiquidTemplate>(() =>
        {
            var text = Content.SourceText.Read(Path.Combine(Config.Source, path));
            return Parse(text, path, 1);
        })).Value;

    /// <summary>
    /// Whether a source file exists. Jekyll asks the file system at every include; the source does not change
    /// during a build, so the answer is kept (a news layout's three includes cost three stats per page otherwise).
    /// </summary>
    public bool SourceFileExists(string fullPath) => _existingFiles.GetOrAdd(fullPath, File.Exists);

    /// <summary>A layout's template, parsed once.</summary>
    public LiquidTemplate Layout(Model.Layout layout) =>
        _files.GetOrAdd(layout.RelativePath, _ => new Lazy<LiquidTemplate>(() => Parse(layout.Content, layout.RelativePath, layout.BodyLine))).Value;

    /// <summary>A small template from tag markup (<c>{% include {{ name }} %}</c>), parsed once.</summary>
    public IFluidTemplate Fragment(string source) =>
        _fragments.GetOrAdd(source, s => Parser.TryParse(s, out var t, out var e) ? t!
            : throw new LiquidException("invalid Liquid in tag markup '" + s + "': " + e));
}
