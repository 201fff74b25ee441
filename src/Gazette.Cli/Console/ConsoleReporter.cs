using Gazette.Diagnostics;
using Gazette.Pipeline;
using Spectre.Console;

namespace Gazette.Cli.Console;

/// <summary>Prints build summaries and diagnostics (file:line:column, what is wrong, what to do).</summary>
internal static class ConsoleReporter
{
    public static void Success(BuildResult result)
    {
        AnsiConsole.MarkupLine(
            $"[green]done[/] {result.DocumentsWritten} pages and {result.StaticFilesCopied} static files written to " +
            $"{Markup.Escape(result.Destination)} in {result.Elapsed.TotalSeconds:0.000} s");
    }

    public static void Error(Diagnostic diagnostic, Exception? detail)
    {
        var error = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(System.Console.Error) });
        // Keep each message on one line, so file:line stays copyable; the terminal wraps if it must.
        error.Profile.Width = 4096;
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
}
