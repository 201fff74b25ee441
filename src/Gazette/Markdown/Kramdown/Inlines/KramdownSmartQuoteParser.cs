using System.Text.RegularExpressions;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax.Inlines;

namespace Gazette.Markdown.Kramdown.Inlines;

/// <summary>
/// kramdown's smart quotes (kramdown: parser/kramdown/smart_quotes.rb, itself from RubyPants):
/// straight quotes become ‘ ’ “ ” by trying a fixed list of context rules in order.
/// </summary>
internal sealed partial class KramdownSmartQuoteParser : InlineParser
{
    private const int LeftSingle = 0;
    private const int RightSingle = 1;
    private const int LeftDouble = 2;
    private const int RightDouble = 3;

    private readonly IReadOnlyList<string> _quotes;

    public KramdownSmartQuoteParser(IReadOnlyList<string> quotes)
    {
        _quotes = quotes;
        OpeningCharacters = ['\'', '"'];
    }

    // kramdown: the span scanner stops one character before the quote when that character is plain
    // text (and not a backslash), so the rules see it: "it's" closes, " 'tis" opens. A character that
    // belongs to an element parsed before (a link, a closing emphasis) is not seen.
    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var quoteAt = slice.Start;
        var start = quoteAt;
        if (processor.Inline is LiteralInline literal and not KramdownEscapedInline
            && literal.Content.Text is not null && literal.Content.End == quoteAt - 1
            && ReferenceEquals(literal.Content.Text, text) && quoteAt > 0 && text[quoteAt - 1] != '\\')
        {
            start = quoteAt - 1;
        }

        var length = slice.End + 1 - start;
        foreach (var rule in Rules)
        {
            var match = rule.Pattern.Match(text, start, length);
            if (!match.Success)
            {
                continue;
            }
            var span = processor.GetSourcePosition(quoteAt, out var line, out var column);
            var container = new ContainerInline { IsClosed = true, Span = { Start = span }, Line = line, Column = column };
            foreach (var step in rule.Steps)
            {
                if (step.Group > 0 && step.Kind < 0)
                {
                    // Text that the rule consumed after the quote position (the character before it is already out).
                    var group = match.Groups[step.Group];
                    if (group.Length > 0 && group.Index >= quoteAt)
                    {
                        container.AppendChild(new LiteralInline(group.Value));
                    }
                    continue;
                }
                var quoteChar = step.Group > 0 ? match.Groups[step.Group].Value[0] : '\0';
                var kind = step.Kind switch
                {
                    Open => quoteChar == '"' ? LeftDouble : LeftSingle,
                    Close => quoteChar == '"' ? RightDouble : RightSingle,
                    _ => step.Kind,
                };
                var value = _quotes[kind];
                container.AppendChild(new KramdownTextInline(value, value));
            }
            slice.Start = match.Index + match.Length;
            container.Span.End = processor.GetSourcePosition(slice.Start - 1);
            processor.Inline = Flatten(container);
            return true;
        }
        return false;
    }

    private static Inline Flatten(ContainerInline container)
    {
        if (container.FirstChild is { } only && only.NextSibling is null)
        {
            only.Remove();
            only.Span = container.Span;
            return only;
        }
        return container;
    }

    private const int Open = 10;
    private const int Close = 11;

    private readonly record struct Step(int Group, int Kind);

    private sealed record Rule(Regex Pattern, Step[] Steps);

    private static Step Text(int group) => new(group, -1);

    private static Step Quote(int kind) => new(0, kind);

    // Open/Close pick single or double from the quote character captured by the group.
    private static Step Quote(int group, int kind) => new(group, kind);

    private static readonly Rule[] Rules =
    [
        new(Rule1(), [Quote(1, Open)]),
        new(Rule2(), [Quote(1, Close)]),
        new(Rule3(), [Text(1), Quote(LeftDouble), Quote(LeftSingle)]),
        new(Rule4(), [Text(1), Quote(LeftSingle), Quote(LeftDouble)]),
        new(Rule5(), [Text(1), Quote(RightSingle)]),
        new(Rule6(), [Text(1), Quote(2, Open)]),
        new(Rule7(), [Text(1), Quote(2, Close)]),
        new(Rule8(), [Quote(1, Close)]),
        new(Rule9(), [Text(1), Quote(LeftSingle)]),
        new(Rule10(), [Text(1), Quote(LeftDouble)]),
    ];

    // Ruby's \w, \s, \d and \b are ASCII-only, so the classes are spelled out.
    [GeneratedRegex("""\G(["'])(?=[_*]{1,2}[^ \t\r\n\f\v])""")]
    private static partial Regex Rule1();

    [GeneratedRegex("""\G(["'])(?=[!"#$%'()*+,\-./:;<=>?@\[\\\]^_`{|}~](?!\.\.)(?![A-Za-z0-9_]))""")]
    private static partial Regex Rule2();

    [GeneratedRegex("""\G([ \t\r\n\f\v]?)"'(?=[A-Za-z0-9_])""")]
    private static partial Regex Rule3();

    [GeneratedRegex("""\G([ \t\r\n\f\v]?)'"(?=[A-Za-z0-9_])""")]
    private static partial Regex Rule4();

    [GeneratedRegex("""\G([ \t\r\n\f\v]?)'(?=[0-9][0-9]s)""")]
    private static partial Regex Rule5();

    [GeneratedRegex("""\G([ \t\r\n\f\v])(['"])(?=[A-Za-z0-9_])""")]
    private static partial Regex Rule6();

    [GeneratedRegex("""\G([^ \\\t\r\n\[{(\-])(['"])""")]
    private static partial Regex Rule7();

    [GeneratedRegex("""\G(["'])(?=[ \t\r\n\f\v]|s(?![A-Za-z0-9_])|$)""", RegexOptions.Multiline)]
    private static partial Regex Rule8();

    [GeneratedRegex("""\G(.?)'""", RegexOptions.Singleline)]
    private static partial Regex Rule9();

    [GeneratedRegex("\\G(.?)\"", RegexOptions.Singleline)]
    private static partial Regex Rule10();
}
