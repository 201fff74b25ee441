using Gazette.Diagnostics;
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

    public DocumentRenderer(LiquidRenderer liquid, Site site)
    {
        _liquid = liquid;
        _site = site;
    }

    public string Render(Document doc)
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
            content = _liquid.RenderTimed(template, context, scope);
        }
        if (doc.IsMarkdown)
        {
            content = _liquid.Engine.Markdown.Convert(content);
        }
        doc.Content = content;
        return PlaceInLayouts(doc, content, context, scope);
    }

    /// <summary>Renders an excerpt's text with the document's payload (Jekyll: <c>Excerpt#output</c>, no layout).</summary>
    public string RenderFragment(Document doc, string text)
    {
        var (context, scope) = _liquid.CreateContext(doc);
        if (RendersLiquid(doc, text))
        {
            text = _liquid.RenderTimed(_liquid.Engine.Parse(text, doc.RelativePath, doc.BodyLine), context, scope);
        }
        return doc.IsMarkdown ? _liquid.Engine.Markdown.Convert(text) : text;
    }

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
            output = _liquid.RenderTimed(_liquid.Engine.Layout(layout), context, scope);
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
