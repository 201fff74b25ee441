return Gazette.Cli.CliApp.Run(args);
