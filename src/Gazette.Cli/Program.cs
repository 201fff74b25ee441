using System.CommandLine;
using Gazette.Cli.Commands;

var root = new RootCommand("Gazette builds Jekyll sites, fast.");
root.Subcommands.Add(BuildCommand.Create());
return root.Parse(args).Invoke();
