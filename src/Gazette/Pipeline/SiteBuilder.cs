using System.Diagnostics;
using Gazette.Configuration;
using Gazette.Content;
using Gazette.Liquid;
using Gazette.Markdown;
using Gazette.Model;
using Gazette.Output;
using Gazette.Rendering;

namespace Gazette.Pipeline;

/// <summary>
/// Builds a Jekyll site: configure → read → assemble → render → write, each stage a type with one job.
/// Nothing in the destination changes unless every stage succeeds.
/// </summary>
public static class SiteBuilder
{
    /// <summary>Builds the site; throws <see cref="Diagnostics.BuildException"/> for problems in the site.</summary>
    public static BuildResult Build(BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        var config = ConfigLoader.Load(options);
        var now = Dates.JekyllTime.InZone(options.Now ?? DateTimeOffset.Now, config.TimeZone);
        var site = new SiteReader(config, now).Read();
        SiteAssembler.Assemble(site);

        var engine = new LiquidEngine(config, new MarkdownConverter(config.Kramdown));
        var renderer = new DocumentRenderer(new LiquidRenderer(engine, site), site);
        ExcerptSetup.Attach(site, renderer);

        using var output = new StagedOutput(config.Destination);
        var written = RenderStage.Run(site, renderer, output);
        var copied = 0;
        foreach (var file in site.StaticFiles.Where(f => f.IsWritten))
        {
            output.Copy(file.SourcePath, file.DestinationPath);
            copied++;
        }
        output.Commit(config.KeepFiles);
        return new BuildResult(config.Destination, written, copied, clock.Elapsed) { Warnings = renderer.Warnings(site) };
    }
}
