using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using Fluid;
using Gazette.Configuration;
using Gazette.Diagnostics;
using Gazette.Liquid.Drops;
using Gazette.Liquid.Filters;
using Gazette.Markdown;
using Gazette.Model;

namespace Gazette.Liquid;

/// <summary>
/// Jekyll's Liquid: the parser with Jekyll's tags, the options with Jekyll's filters and drops, and a cache so
/// that each include is parsed once per build and shared by every thread.
/// </summary>
internal sealed partial class LiquidEngine
{
    private readonly ConcurrentDictionary<string, Lazy<LiquidTemplate>> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IFluidTemplate> _fragments = new(StringComparer.Ordinal);

    public LiquidEngine(SiteConfig config, MarkdownConverter markdown)
    {
        Config = config;
        Markdown = markdown;
        Parser = JekyllLiquidParser.Shared;
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

    [GeneratedRegex(@"\((\d+):(\d+)\)")]
    private static partial Regex ParsePosition();

    /// <summary>Parses a template; a syntax error becomes a diagnostic with the file's line and column.</summary>
    public LiquidTemplate Parse(string source, string file, int firstLine)
    {
        if (Parser.TryParse(source, out var template, out var error))
        {
            return new LiquidTemplate(template, file, firstLine);
        }
        var match = ParsePosition().Match(error ?? "");
        var line = match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) + firstLine - 1 : firstLine;
        var column = match.Success ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : 1;
        var message = match.Success ? error![..match.Index].TrimEnd(' ', ',', ':') : error;
        throw new BuildException(new Diagnostic(file, line, column, "Liquid syntax error: " + message,
            "check that every {% tag %} is closed ({% endif %}, {% endfor %}…) and every {{ output }} is balanced"));
    }

    /// <summary>An include, parsed once. Jekyll: <c>IncludeTag#load_cached_partial</c>.</summary>
    public LiquidTemplate Include(string relativePath) =>
        _files.GetOrAdd(relativePath, path => new Lazy<LiquidTemplate>(() =>
        {
            var text = File.ReadAllText(Path.Combine(Config.Source, path));
            return Parse(text, path, 1);
        })).Value;

    /// <summary>A layout's template, parsed once.</summary>
    public LiquidTemplate Layout(Model.Layout layout) =>
        _files.GetOrAdd(layout.RelativePath, _ => new Lazy<LiquidTemplate>(() => Parse(layout.Content, layout.RelativePath, layout.BodyLine))).Value;

    /// <summary>A small template from tag markup (<c>{% include {{ name }} %}</c>), parsed once.</summary>
    public IFluidTemplate Fragment(string source) =>
        _fragments.GetOrAdd(source, s => Parser.TryParse(s, out var t, out var e) ? t
            : throw new LiquidException("invalid Liquid in tag markup '" + s + "': " + e));
}
