namespace Gazette.Tests.Cli;

/// <summary>Tests that redirect the process's console run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleTests
{
    public const string Name = "console";
}
