using System.Collections.Concurrent;
using Gazette.Diagnostics;
using Gazette.Liquid;
using Gazette.Model;

namespace Gazette.Rendering;

/// <summary>
/// Renders one document as Jekyll's <c>Renderer#render_document</c> does (lib/jekyll/renderer.rb):
/// Liquid on the content, then the converter, then each layout of the chain with <c>content</c> and <c>layout</c>.
/// </summary>
internal sealed class DocumentRenderer
{
    private readonly LiquidRenderer _liquid;
    private readonly Site _site;
    private readonly ConcurrentDictionary<(Document Doc, bool Excerpt), ConcurrentQueue<BuildWarning>> _warnings = new();

    public DocumentRenderer(LiquidRenderer liquid, Site site)
    {
        _liquid = liquid;
        _site = site;
    }

    /// <summary>The document's content through Liquid and the converter, with the context its layouts render in.</summary>
    public RenderedContent RenderContent(Document doc)
    {
        var (context, scope) = _liquid.CreateContext(doc);
        // Jekyll: assign_layout_data! — the content already sees its layout's front matter as `layout`.
        var layoutName = LayoutName(doc);
        if (layoutName is not null && _site.Layouts.TryGetValue(layoutName, out var first))
        {
            context.SetValue("layout", Liquid.Drops.LiquidValues.From(first.Data, context.Options));
        }
        var content = doc.RawContent;
        if (RendersLiquid(doc, content))
        {
            var template = _liquid.Engine.Parse(content, doc.RelativePath, doc.BodyLine);
            Warn(doc, false, template, JekyllPath(doc));
            content = _liquid.RenderTimed(template, context, scope);
        }
        if (doc.IsMarkdown)
        {
            content = _liquid.Engine.Markdown.Convert(content);
        }
        return new RenderedContent(content, context, scope);
    }

    /// <summary>Places rendered content in the document's layouts: the document's output.</summary>
    public string PlaceInLayouts(Document doc, RenderedContent rendered)
    {
        // Jekyll: the layouts see the document's own content converted.
        doc.Content = rendered.Content;
        return PlaceInLayouts(doc, rendered.Content, rendered.Context, rendered.Scope);
    }

    /// <summary>The document's output in one go (Jekyll: <c>Renderer#render_document</c>).</summary>
    public string Render(Document doc) => PlaceInLayouts(doc, RenderContent(doc));

    /// <summary>Renders an excerpt's text with the document's payload (Jekyll: <c>Excerpt#output</c>, no layout).</summary>
    public string RenderFragment(Document doc, string text)
    {
        var (context, scope) = _liquid.CreateContext(doc);
        if (RendersLiquid(doc, text))
        {
            var template = _liquid.Engine.Parse(text, doc.RelativePath, doc.BodyLine);
            // Jekyll: Excerpt#path is the document's path + "/#excerpt".
            Warn(doc, true, template, JekyllPath(doc) + "/#excerpt");
            text = _liquid.RenderTimed(template, context, scope);
        }
        return doc.IsMarkdown ? _liquid.Engine.Markdown.Convert(text) : text;
    }

    /// <summary>Every Liquid warning of the build, in render order (RenderStage's, Jekyll's: collections, then pages).</summary>
    public IReadOnlyList<BuildWarning> Warnings(Site site) =>
        [.. site.Collections.Values.SelectMany(d => d).Concat(site.Pages)
            .SelectMany(doc => new[] { (doc, false), (doc, true) })
            .SelectMany(key => _warnings.TryGetValue(key, out var list) ? list : [])];

    // Jekyll: Renderer#render_liquid logs each warning of a template every time it renders it (a layout's once
    // per page), as "Liquid Warning: <Liquid's message> in <path>"; includes' warnings are never logged.
    private void Warn(Document doc, bool excerpt, LiquidTemplate template, string jekyllPath)
    {
        if (template.Template is not LiquidDocument { Warnings.Count: > 0 } parsed)
        {
            return;
        }
        var list = _warnings.GetOrAdd((doc, excerpt), _ => new ConcurrentQueue<BuildWarning>());
        foreach (var warning in parsed.Warnings)
        {
            list.Enqueue(new BuildWarning("Liquid Warning:", warning.Message + " in " + jekyllPath, template.File, template.FirstLine + warning.Line - 1));
        }
    }

    // Jekyll: the path render_liquid names — Page#path (relative, or the `path` front matter) for pages,
    // Document#path (absolute) for posts and collection documents.
    private static string JekyllPath(Document doc) => doc.Kind == DocumentKind.Page
        ? doc.Data.GetValueOrDefault("path") as string ?? doc.RelativePath
        : doc.SourcePath;

    // Jekyll: render_with_liquid? — off with `render_with_liquid: false`; skipped when there is no Liquid at all.
    private static bool RendersLiquid(Document doc, string content) =>
        doc.Data.GetValueOrDefault("render_with_liquid") is not false
        && (content.Contains("{{", StringComparison.Ordinal) || content.Contains("{%", StringComparison.Ordinal));

    private string PlaceInLayouts(Document doc, string content, Fluid.TemplateContext context, Liquid.RenderScope scope)
    {
        var name = LayoutName(doc);
        if (name is null)
        {
            return content;
        }
        var layout = FindLayout(doc.RelativePath, name);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var layoutData = new Dictionary<string, object?>(StringComparer.Ordinal);
        var output = content;
        while (layout is not null && used.Add(layout.Name))
        {
            // Jekyll: payload["layout"] = deep_merge(layout.data, payload["layout"]) — inner layouts win.
            layoutData = Configuration.DeepMerge.Merge(layout.Data, layoutData);
            context.SetValue("content", new Fluid.Values.StringValue(output));
            context.SetValue("layout", Liquid.Drops.LiquidValues.From(layoutData, context.Options));
            var template = _liquid.Engine.Layout(layout);
            Warn(doc, false, template, Path.Combine(_site.Config.Source, layout.RelativePath));
            output = _liquid.RenderTimed(template, context, scope);
            var parent = layout.Parent;
            layout = string.IsNullOrEmpty(parent) || parent == "none" ? null : FindLayout(layout.RelativePath, parent);
        }
        return output;
    }

    // Jekyll: `layout: none` (no_layout?) and a missing layout key place nothing.
    private static string? LayoutName(Document doc)
    {
        var name = doc.HasNoLayout ? null : doc.Data.GetValueOrDefault("layout")?.ToString();
        return string.IsNullOrEmpty(name) || name == "none" ? null : name;
    }

    private Layout FindLayout(string requestedIn, string name) =>
        _site.Layouts.TryGetValue(name, out var layout) ? layout
            : throw new BuildException(new Diagnostic(requestedIn, 1, 1,
                $"Layout '{name}' requested in {requestedIn} does not exist.",
                $"add _layouts/{name}.html or change the `layout:` front matter"));
}

/// <summary>A document's converted content and the Liquid context it was rendered in, which its layouts share.</summary>
internal sealed record RenderedContent(string Content, Fluid.TemplateContext Context, Liquid.RenderScope Scope);
