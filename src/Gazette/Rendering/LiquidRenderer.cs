using Fluid;
using Fluid.Values;
using Gazette.Diagnostics;
using Gazette.Liquid;
using Gazette.Liquid.Drops;
using Gazette.Model;

namespace Gazette.Rendering;

/// <summary>
/// Renders Liquid for one page with Jekyll's payload (<c>site</c>, <c>page</c>, <c>jekyll</c>, <c>paginator</c>),
/// turning any failure into a diagnostic that names the file and line, like Jekyll's "Liquid Exception".
/// </summary>
internal sealed class LiquidRenderer
{
    private readonly LiquidEngine _engine;
    private readonly Site _site;
    private readonly SiteDrop _siteDrop;
    private readonly FluidValue _jekyll;
    private readonly Pipeline.BuildProfile? _profile;

    public LiquidRenderer(LiquidEngine engine, Site site, Pipeline.BuildProfile? profile = null)
    {
        _engine = engine;
        _site = site;
        _profile = profile;
        _siteDrop = new SiteDrop(site, engine.Options);
        _jekyll = LiquidValues.From(new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["version"] = "4.4.1",
            ["environment"] = Environment.GetEnvironmentVariable("JEKYLL_ENV") ?? "development",
        }, engine.Options);
    }

    public LiquidEngine Engine => _engine;

    /// <summary>A fresh context for one document: what Jekyll's <c>Renderer#run</c> puts in the payload.</summary>
    public (TemplateContext Context, RenderScope Scope) CreateContext(Document page)
    {
        var context = new TemplateContext(_engine.Options, StringComparer.Ordinal);
        var scope = new RenderScope(_engine, _site, page) { Profile = _profile };
        scope.AttachTo(context);
        context.SetValue("site", _siteDrop);
        context.SetValue("page", new DocumentDrop(page));
        context.SetValue("jekyll", _jekyll);
        context.SetValue("paginator", NilValue.Instance);
        // Jekyll: assign_highlighter_options! — the Markdown converter asks the highlight tag to pad with newlines.
        var padding = page.IsMarkdown ? new StringValue("\n") : (FluidValue)NilValue.Instance;
        context.SetValue("highlighter_prefix", padding);
        context.SetValue("highlighter_suffix", padding);
        return (context, scope);
    }

    /// <summary>Renders as <see cref="Render"/> does, adding the time to the build profile when there is one.</summary>
    public string RenderTimed(LiquidTemplate template, TemplateContext context, RenderScope scope)
    {
        if (_profile is null)
        {
            return Render(template, context, scope);
        }
        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        var output = Render(template, context, scope);
        _profile.RecordTemplate(template.File, start, System.Text.Encoding.UTF8.GetByteCount(output));
        return output;
    }

    public static string Render(LiquidTemplate template, TemplateContext context, RenderScope scope)
    {
        scope.CurrentFile = template.File;
        scope.CurrentFirstLine = template.FirstLine;
        try
        {
            var task = template.Template.RenderAsync(context, NullEncoder.Default);
            return task.IsCompletedSuccessfully ? task.Result : task.AsTask().GetAwaiter().GetResult();
        }
        catch (BuildException)
        {
            throw;
        }
        catch (LiquidException e)
        {
            throw new BuildException(new Diagnostic(e.File ?? scope.CurrentFile, e.Line, Math.Max(e.Column, 1), "Liquid Exception: " + e.Message,
                "fix the tag on this line"), e);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new BuildException(new Diagnostic(scope.CurrentFile, scope.CurrentFirstLine, 1,
                "Liquid Exception: " + e.Message, "check the Liquid in this file"), e);
        }
    }
}
