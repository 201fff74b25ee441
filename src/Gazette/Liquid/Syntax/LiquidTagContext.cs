using Parlot;

namespace Gazette.Liquid.Syntax;

/// <summary>A tag being parsed: its name and markup, where it stands, and the parse it belongs to.</summary>
internal sealed class LiquidTagContext
{
    public LiquidTagContext(string name, string markup, LiquidToken token, int markupOffset, LiquidParseRun run)
    {
        Name = name;
        Markup = markup;
        Token = token;
        MarkupOffset = markupOffset;
        Run = run;
    }

    public string Name { get; }

    public string Markup { get; }

    public LiquidToken Token { get; }

    /// <summary>Where the markup starts in the template.</summary>
    public int MarkupOffset { get; }

    public LiquidParseRun Run { get; }

    /// <summary>The 1-based line of the tag.</summary>
    public int Line => Run.LineOf(Token.Offset);

    /// <summary>The markup as a span of the template, for parsers that report positions (Jekyll's include).</summary>
    public TextSpan MarkupSpan => new(Run.Source, MarkupOffset, Markup.Length);
}
