using System.CommandLine;
using Gazette.Cli.Commands;

namespace Gazette.Cli;

/// <summary>The <c>gazette</c> command line: its commands and how they are parsed.</summary>
internal static class CliApp
{
    /// <summary>Runs the command line and returns the process exit code.</summary>
    public static int Run(string[] args)
    {
        var root = new RootCommand("Gazette builds Jekyll sites, fast.");
        root.Subcommands.Add(BuildCommand.Create());
        return root.Parse(args).Invoke();
    }
}
