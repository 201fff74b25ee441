using Gazette.Configuration;
using Gazette.Diagnostics;
using Gazette.Liquid;
using Gazette.Liquid.Drops;
using Gazette.Markdown;
using Gazette.Model;
using Gazette.Rendering;

namespace Gazette.Conformance.Tests.Liquid;

/// <summary>
/// Runs cases as Jekyll renders a page (README §0 and "How the generated files were made"): the engine's
/// parser and filters, the case's data as ordinary variables, no page, time frozen at liquid-spec's
/// 2024-01-01T00:01:58Z in UTC. Cases with files get their own site folder with those files in
/// <c>_includes/</c>; every other case shares one site. Liquid 5's tags are off (<c>liquid: liquid5_tags: false</c>),
/// as Jekyll 4.4 parses, unless the run checks that extension.
/// </summary>
internal sealed class LiquidCaseRunner : IDisposable
{
    private static readonly DateTimeOffset Now = new(2024, 1, 1, 0, 1, 58, TimeSpan.Zero);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "gazette-liquid-" + Guid.NewGuid().ToString("N"));
    private readonly (LiquidEngine Engine, Site Site) _shared;
    private readonly bool _liquid5Tags;
    private int _folders;

    public LiquidCaseRunner(bool liquid5Tags)
    {
        _liquid5Tags = liquid5Tags;
        _shared = CreateSite(Path.Combine(_root, "shared"));
    }

    public LiquidOutcome Run(LiquidCase liquidCase)
    {
        var (engine, site) = liquidCase.Files is null ? _shared : CreateSite(WriteIncludes(liquidCase.Files));
        LiquidTemplate template;
        try
        {
            template = engine.Parse(liquidCase.Template, "case.html", 1);
        }
        catch (BuildException e)
        {
            return new LiquidOutcome(null, e.Diagnostic.Message);
        }
        var warnings = ((LiquidDocument)template.Template).Warnings.Select(w => w.Message).ToList();
        var context = engine.CreateStandaloneContext(site);
        context.Now = () => Now;
        // A runaway loop fails its case instead of the whole run; no case needs more.
        context.MaxSteps = 5_000_000;
        foreach (var (name, value) in liquidCase.Data)
        {
            context.SetValue(name, LiquidValues.From(value, engine.Options));
        }
        if (liquidCase.DataAreGlobals)
        {
            RenderScope.From(context).Globals.UnionWith(liquidCase.Data.Keys);
        }
        try
        {
            return new LiquidOutcome(LiquidRenderer.Render(template, context, RenderScope.From(context)), null, Warnings: warnings);
        }
        catch (BuildException e)
        {
            // A Liquid error is a LiquidException; any other exception is a bug in the engine, never a pass.
            var internalError = e.InnerException is not null and not LiquidException;
            return new LiquidOutcome(null, e.Diagnostic.Message, internalError ? e.InnerException!.GetType().Name : null, warnings);
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private (LiquidEngine, Site) CreateSite(string source)
    {
        Directory.CreateDirectory(source);
        var raw = JekyllDefaults.Create();
        raw["timezone"] = "UTC";
        ((Dictionary<string, object?>)raw["liquid"]!)["liquid5_tags"] = _liquid5Tags;
        var config = new SiteConfig(source, Path.Combine(source, "_site"), raw);
        var engine = new LiquidEngine(config, new MarkdownConverter(config.Kramdown));
        return (engine, new Site(config, Now));
    }

    // The Jekyll harness wrote each file under _includes/ by the name the case gives it.
    private string WriteIncludes(IReadOnlyDictionary<string, string> files)
    {
        var source = Path.Combine(_root, "case" + ++_folders);
        var includes = Path.Combine(source, "_includes");
        Directory.CreateDirectory(includes);
        foreach (var (name, text) in files)
        {
            var path = Path.GetFullPath(Path.Combine(includes, name));
            if (name.Length == 0 || !path.StartsWith(includes + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                continue;
            }
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }
        return source;
    }
}
