namespace Gazette.Liquid;

/// <summary>
/// A Liquid error while rendering (a missing include, an unknown post in post_url, divided by 0…). Where it
/// happened is filled in by the tag that knows, or else by the innermost node it passed through
/// (<see cref="Ast.LineNode"/>).
/// </summary>
internal sealed class LiquidException : Exception
{
    public LiquidException(string message, string? file = null, int line = 0)
        : base(message)
    {
        File = file;
        Line = line;
    }

    /// <summary>The file being rendered, relative to the site, or null when unknown.</summary>
    public string? File { get; set; }

    /// <summary>The 1-based line in <see cref="File"/>, or 0 when unknown.</summary>
    public int Line { get; set; }

    /// <summary>The 1-based column where the tag or output starts, or 0 when unknown.</summary>
    public int Column { get; set; }
}
