using System.CommandLine;
using Gazette.Cli.Console;
using Gazette.Diagnostics;
using Gazette.Pipeline;

namespace Gazette.Cli.Commands;

/// <summary><c>gazette build</c>: Jekyll's <c>jekyll build</c> options and defaults.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var source = new Option<string?>("--source", "-s") { Description = "Source folder (defaults to ./)" };
        var destination = new Option<string?>("--destination", "-d") { Description = "Destination folder (defaults to ./_site)" };
        var config = new Option<string?>("--config") { Description = "Custom configuration file(s), comma separated" };
        var drafts = new Option<bool>("--drafts", "-D") { Description = "Render posts in the _drafts folder" };
        var future = new Option<bool>("--future") { Description = "Publish posts with a future date" };
        var unpublished = new Option<bool>("--unpublished") { Description = "Render posts that were marked as unpublished" };
        var baseUrl = new Option<string?>("--baseurl", "-b") { Description = "Serve the website from the given base URL" };
        var verbose = new Option<bool>("--verbose", "-V") { Description = "Print verbose output" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Silence output" };
        var profile = new Option<bool>("--profile") { Description = "Show where the build spent its time, per stage and per template" };

        var command = new Command("build", "Build your site") { source, destination, config, drafts, future, unpublished, baseUrl, verbose, quiet, profile };
        command.Aliases.Add("b");
        command.SetAction(result =>
        {
            var options = new BuildOptions
            {
                Source = result.GetValue(source),
                Destination = result.GetValue(destination),
                ConfigFiles = (result.GetValue(config) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                Drafts = result.GetValue(drafts),
                Future = result.GetValue(future),
                Unpublished = result.GetValue(unpublished),
                BaseUrl = result.GetValue(baseUrl),
                Profile = result.GetValue(profile),
            };
            return Run(options, result.GetValue(quiet), result.GetValue(verbose));
        });
        return command;
    }

    private static int Run(BuildOptions options, bool quiet, bool verbose)
    {
        try
        {
            var report = SiteBuilder.Build(options);
            if (!quiet)
            {
                // Jekyll: --quiet raises the log level to error, which hides warnings too.
                ConsoleReporter.Warnings(report.Warnings);
                ConsoleReporter.Success(report);
            }
            if (report.Profile is not null)
            {
                ProfileReporter.Print(report.Profile);
            }
            return 0;
        }
        catch (BuildException e)
        {
            ConsoleReporter.Error(e.Diagnostic, verbose ? e.InnerException : null);
            return 1;
        }
    }
}
