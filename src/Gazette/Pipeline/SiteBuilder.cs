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
        var profile = options.Profile ? new BuildProfile() : null;
        var parallelism = options.Parallelism ?? Environment.ProcessorCount;
        SiteConfig config;
        Site site;
        using (Time(profile, "configure"))
        {
            config = ConfigLoader.Load(options);
        }
        using (Time(profile, "read"))
        {
            var now = Dates.JekyllTime.InZone(options.Now ?? DateTimeOffset.Now, config.TimeZone);
            site = new SiteReader(config, now, parallelism).Read();
        }
        using (Time(profile, "assemble"))
        {
            SiteAssembler.Assemble(site);
        }

        var engine = new LiquidEngine(config, new MarkdownConverter(config.Kramdown));
        var renderer = new DocumentRenderer(new LiquidRenderer(engine, site, profile), site);
        ExcerptSetup.Attach(site, renderer);

        using var output = new StagedOutput(config.Destination);
        int written;
        using (Time(profile, "render + write"))
        {
            written = RenderStage.Run(site, renderer, output, parallelism);
        }
        var copied = 0;
        using (Time(profile, "copy static files"))
        {
            foreach (var file in site.StaticFiles.Where(f => f.IsWritten))
            {
                output.Copy(file.SourcePath, file.DestinationPath);
                copied++;
            }
        }
        using (Time(profile, "swap output"))
        {
            output.Commit(config.KeepFiles);
        }
        return new BuildResult(config.Destination, written, copied, clock.Elapsed, profile) { Warnings = renderer.Warnings(site) };
    }

    private static BuildProfile.StageScope? Time(BuildProfile? profile, string stage) => profile?.Stage(stage);
}
