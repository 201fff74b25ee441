using System.Text.RegularExpressions;
using Gazette.Diagnostics;
using Gazette.Pipeline;
using Spectre.Console;

namespace Gazette.Cli.Console;

/// <summary>Prints build summaries and diagnostics (file:line:column, what is wrong, what to do).</summary>
internal static partial class ConsoleReporter
{
    public static void Success(BuildResult result)
    {
        AnsiConsole.MarkupLine(
            $"[green]done[/] {result.DocumentsWritten} pages and {result.StaticFilesCopied} static files written to " +
            $"{Markup.Escape(result.Destination)} in {result.Elapsed.TotalSeconds:0.000} s");
    }

    /// <summary>
    /// Jekyll: <c>Jekyll.logger.warn</c> (log_adapter.rb, stevenson.rb) — to stderr, in yellow, the topic
    /// right-aligned in 20 columns and every run of whitespace in the message collapsed to one space.
    /// </summary>
    public static void Warnings(IReadOnlyList<BuildWarning> warnings)
    {
        if (warnings.Count == 0)
        {
            return;
        }
        var error = ErrorConsole();
        foreach (var warning in warnings)
        {
            var line = (warning.Topic + " ").PadLeft(20) + WhitespaceRun().Replace(warning.Text, " ");
            error.MarkupLine($"[yellow]{Markup.Escape(line)}[/]");
        }
    }

    public static void Error(Diagnostic diagnostic, Exception? detail)
    {
        var error = ErrorConsole();
        var where = diagnostic.Line > 0
            ? $"{diagnostic.File}:{diagnostic.Line}:{Math.Max(diagnostic.Column, 1)}"
            : diagnostic.File;
        error.MarkupLine($"[red]error[/] [bold]{Markup.Escape(where)}[/]: {Markup.Escape(diagnostic.Message)}");
        if (diagnostic.Hint is not null)
        {
            error.MarkupLine($"  [yellow]hint[/]: {Markup.Escape(diagnostic.Hint)}");
        }
        error.MarkupLine("  the previous output was left unchanged");
        if (detail is not null)
        {
            error.WriteLine(detail.ToString());
        }
    }

    private static IAnsiConsole ErrorConsole()
    {
        var error = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(System.Console.Error) });
        // Keep each message on one line, so file:line stays copyable; the terminal wraps if it must.
        error.Profile.Width = 4096;
        return error;
    }

    [GeneratedRegex("[ \\t\\r\\n\\f\\v]+")]
    private static partial Regex WhitespaceRun();
}
