namespace Gazette.Diagnostics;

/// <summary>A problem in the user's site: where it is, what is wrong and what to do about it.</summary>
/// <param name="File">The file, relative to the site source where possible.</param>
/// <param name="Line">1-based line, or 0 when unknown.</param>
/// <param name="Column">1-based column, or 0 when unknown.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Hint">What to do about it, or null.</param>
public sealed record Diagnostic(string File, int Line, int Column, string Message, string? Hint = null)
{
    /// <summary>Formats the diagnostic as <c>file:line:column: message</c>, plus the hint on its own line.</summary>
    public override string ToString()
    {
        var where = Line > 0 ? $"{File}:{Line}:{Math.Max(Column, 1)}" : File;
        return Hint is null ? $"{where}: {Message}" : $"{where}: {Message}\n  hint: {Hint}";
    }
}
