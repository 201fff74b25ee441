using Gazette.Pipeline;
using Spectre.Console;

namespace Gazette.Cli.Console;

/// <summary>Prints <c>--profile</c> tables: stages, then the slowest templates as <c>jekyll build --profile</c> does.</summary>
internal static class ProfileReporter
{
    // Jekyll: LiquidRenderer::Table shows the 50 slowest templates.
    private const int TemplateRows = 50;

    public static void Print(BuildProfile profile)
    {
        var stages = new Table()
            .AddColumn("Stage")
            .AddColumn(new TableColumn("Time (s)").RightAligned())
            .AddColumn(new TableColumn("Allocated").RightAligned())
            .AddColumn(new TableColumn("GCs (gen 0/1/2)").RightAligned());
        foreach (var stage in profile.Stages)
        {
            stages.AddRow(Markup.Escape(stage.Name), $"{stage.Time.TotalSeconds:0.000}", FormatBytes(stage.AllocatedBytes),
                $"{stage.Gen0Collections}/{stage.Gen1Collections}/{stage.Gen2Collections}");
        }
        AnsiConsole.Write(stages);

        var templates = new Table()
            .AddColumn("Filename")
            .AddColumn(new TableColumn("Count").RightAligned())
            .AddColumn(new TableColumn("Bytes").RightAligned())
            .AddColumn(new TableColumn("Time (s)").RightAligned());
        foreach (var t in profile.Templates.Take(TemplateRows))
        {
            templates.AddRow(Markup.Escape(t.File), t.Count.ToString(), FormatBytes(t.Bytes), $"{t.Time.TotalSeconds:0.000}");
        }
        AnsiConsole.Write(templates);
    }

    private static string FormatBytes(long bytes) =>
        bytes >= 1 << 20 ? $"{bytes / 1048576.0:0.00}M" : bytes >= 1 << 10 ? $"{bytes / 1024.0:0.00}K" : bytes.ToString();
}
