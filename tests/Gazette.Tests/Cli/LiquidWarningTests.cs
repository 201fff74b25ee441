using System.Text.RegularExpressions;
using Gazette.Cli;
using Gazette.Tests.Differential;

namespace Gazette.Tests.Cli;

/// <summary>
/// Liquid's warn mode: every template that fell back to lax parsing is reported on stderr exactly as Jekyll
/// reports it ("Liquid Warning: Liquid syntax error (line N): … in path"), each time it renders. The fixture
/// (Fixtures/Liquid/warnings) holds a site and the lines real Jekyll printed for it.
/// </summary>
[Collection(ConsoleTests.Name)]
public sealed partial class LiquidWarningTests
{
    private static readonly string Fixture = Path.Combine(FixturePaths.RepositoryRoot, "tests", "Gazette.Tests", "Fixtures", "Liquid", "warnings");

    [GeneratedRegex("\\x1b\\[[0-9;]*m")]
    private static partial Regex AnsiColour();

    [Fact]
    public void Warnings_are_the_lines_Jekyll_prints_in_Jekylls_order()
    {
        var source = Path.Combine(Fixture, "source");
        var (exit, stderr) = Run(source, quiet: false);

        Assert.Equal(0, exit);
        var lines = AnsiColour().Replace(stderr, "").Replace(source, "<site>", StringComparison.Ordinal)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var expected = File.ReadAllLines(Path.Combine(Fixture, "expected", "stderr.txt"));
        Assert.Equal(expected, lines);
    }

    [Fact]
    public void Quiet_hides_warnings_as_Jekylls_quiet_does()
    {
        var (exit, stderr) = Run(Path.Combine(Fixture, "source"), quiet: true);
        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
    }

    private static (int Exit, string Stderr) Run(string source, bool quiet)
    {
        var destination = Path.Combine(Path.GetTempPath(), "gazette-warnings-" + Guid.NewGuid().ToString("N")[..10]);
        var (previousOut, previousError) = (Console.Out, Console.Error);
        using var output = new StringWriter();
        using var error = new StringWriter();
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            string[] args = quiet ? ["build", "-s", source, "-d", destination, "--quiet"] : ["build", "-s", source, "-d", destination];
            return (CliApp.Run(args), error.ToString());
        }
        finally
        {
            Console.SetOut(previousOut);
            Console.SetError(previousError);
            if (Directory.Exists(destination))
            {
                Directory.Delete(destination, recursive: true);
            }
        }
    }
}
