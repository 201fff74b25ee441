namespace Gazette.Liquid.Syntax;

/// <summary>Liquid's <c>SyntaxError</c>: raised while parsing; in warn mode a strict-parse one falls back to lax.</summary>
internal sealed class LiquidSyntaxException : Exception
{
    public LiquidSyntaxException(string message, int line = 0, int column = 0)
        : base(message)
    {
        Line = line;
        Column = column;
    }

    /// <summary>The 1-based template line, or 0 until the parser knows it.</summary>
    public int Line { get; }

    /// <summary>The 1-based column of the tag or output being parsed, or 0 when unknown.</summary>
    public int Column { get; }
}
