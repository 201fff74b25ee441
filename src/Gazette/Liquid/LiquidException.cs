namespace Gazette.Liquid;

/// <summary>A Liquid error at a known line of a known file (a missing include, an unknown post in post_url…).</summary>
internal sealed class LiquidException : Exception
{
    public LiquidException(string message, string? file = null, int line = 0)
        : base(message)
    {
        File = file;
        Line = line;
    }

    public string? File { get; }

    public int Line { get; }
}
