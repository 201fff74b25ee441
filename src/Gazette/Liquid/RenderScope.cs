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

    /// <summary>Where <c>--profile</c> collects template timings; null when not profiling.</summary>
    public Pipeline.BuildProfile? Profile { get; init; }

    /// <summary>
    /// Renders an include or a <c>render</c> partial into <paramref name="writer"/>; with <c>--profile</c> it is
    /// timed as its own file, as Jekyll's profiler times each include (nested time counts in both).
    /// </summary>
    public async ValueTask RenderPartialAsync(LiquidTemplate template, TextWriter writer, System.Text.Encodings.Web.TextEncoder encoder,
        Fluid.TemplateContext context)
    {
        if (Profile is null)
        {
            await template.Template.RenderAsync(writer, encoder, context);
            return;
        }
        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        var before = (writer as StringWriter)?.GetStringBuilder().Length ?? 0;
        await template.Template.RenderAsync(writer, encoder, context);
        var after = (writer as StringWriter)?.GetStringBuilder().Length ?? 0;
        Profile.RecordTemplate(template.File, start, after - before);
    }

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
