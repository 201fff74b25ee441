using Fluid;
using Gazette.Model;

namespace Gazette.Liquid;

/// <summary>
/// What Jekyll's tags need while rendering (Liquid's "registers"): the site, the page being rendered,
/// the engine for includes, and the file being rendered for error messages. Stored on the
/// <see cref="TemplateContext"/> so that tags can reach it.
/// </summary>
internal sealed class RenderScope
{
    private const string Key = "gazette.scope";

    public RenderScope(LiquidEngine engine, Site site, Document? page)
    {
        Engine = engine;
        Site = site;
        Page = page;
    }

    public LiquidEngine Engine { get; }

    public Site Site { get; }

    public Document? Page { get; }

    /// <summary>The file whose template is rendering now (a page, a layout or an include).</summary>
    public string CurrentFile { get; set; } = "";

    /// <summary>The file line where the current template's text starts.</summary>
    public int CurrentFirstLine { get; set; } = 1;

    /// <summary>
    /// The variables a partial of Liquid 5's <c>render</c> can still see, as Shopify's globals: Jekyll's payload
    /// (what <c>Renderer#run</c> and <c>place_in_layouts</c> put in it). Hosts that add other globals add them here.
    /// </summary>
    public HashSet<string> Globals { get; } = new(StringComparer.Ordinal)
    {
        "site", "page", "layout", "content", "paginator", "jekyll", "highlighter_prefix", "highlighter_suffix",
    };

    public void AttachTo(TemplateContext context) => context.AmbientValues[Key] = this;

    /// <summary>The scope attached to a context, or null (a context made outside a page render).</summary>
    public static RenderScope? TryFrom(TemplateContext context) =>
        context.AmbientValues.TryGetValue(Key, out var value) ? value as RenderScope : null;

    public static RenderScope From(TemplateContext context) =>
        context.AmbientValues.TryGetValue(Key, out var value) && value is RenderScope scope
            ? scope
            : throw new InvalidOperationException("Jekyll tags need a page being rendered.");
}
