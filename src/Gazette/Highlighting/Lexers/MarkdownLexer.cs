using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using static Gazette.Highlighting.TokenTypes;

namespace Gazette.Highlighting.Lexers;

/// <summary>Rouge's Markdown lexer (rouge/lexers/markdown.rb); fenced code goes to the lexer its info string names.</summary>
internal sealed partial class MarkdownLexer : RegexLexer
{
    private static readonly LexerDefinition States = Define();
    private static readonly ConcurrentDictionary<string, Regex> FenceEnds = new(StringComparer.Ordinal);

    private readonly HtmlLexer _html = new();

    protected override LexerDefinition Definition => States;

    protected override void OnStart() => _html.Reset();

    private static LexerDefinition Define()
    {
        var d = new LexerDefinitionBuilder<MarkdownLexer>();
        d.State("root")
            .Rule(FrontMatter(), (lx, m) => lx.DelegateFresh(new YamlLexer(), m.Value))
            .Rule(EscapedChar(), StrEscape)
            .Rule(SetextHeading(), GenericHeading)
            .Rule(SetextSubheading(), GenericSubheading)
            .Rule(AtxHeading(), GenericHeading)
            .Rule(AtxSubheading(), GenericSubheading)
            .Rule(Fence(), (lx, m) => lx.FencedCode(m))
            .Rule(IndentedCode(), StrBacktick)
            .Rule(CodeSpan(), StrBacktick)
            .Rule(StarRule(), Punctuation)
            .Rule(DashRule(), Punctuation)
            .Rule(Bullet(), Punctuation)
            .Rule(Ordinal(), Punctuation)
            .Rule(Quote(), GenericTraceback)
            .Rule(ReferenceDefinition(), (lx, m) =>
            {
                lx.Groups(m, Text, Punctuation, StrSymbol, Punctuation, Text, Punctuation);
                lx.Push("title");
                lx.Push("url");
            })
            .Rule(LinkText(), [Punctuation, NameVariable, Punctuation], "link")
            .Rule(StarStrong(), GenericStrong)
            .Rule(UnderscoreStrong(), GenericStrong)
            .Rule(StarEmphasis(), GenericEmph)
            .Rule(UnderscoreEmphasis(), GenericEmph)
            .Rule(EmailLink(), NameVariable)
            .Rule(AutoLink(), NameVariable)
            .Rule(PlainText(), Text)
            .Rule(Entity(), (lx, m) => lx.Delegate(lx._html, m.Value))
            .Rule(Tag(), (lx, m) => lx.Delegate(lx._html, m.Value))
            .Rule(AmpersandOrLessThan(), Text)
            .Rule(OpenBracket(), Text)
            .Rule(Newline(), Text);
        d.State("link")
            .Rule(ReferenceLabel(), (lx, m) =>
            {
                lx.Groups(m, Punctuation, StrSymbol, Punctuation);
                lx.Pop();
            })
            .Rule(OpenParen(), (lx, m) =>
            {
                lx.Token(Punctuation, m.Value);
                lx.Push("inline_title");
                lx.Push("inline_url");
            })
            .Rule(Blanks(), Text)
            .Rule(Empty(), (lx, _) => lx.Pop());
        d.State("url")
            .Rule(Blanks(), Text)
            .Rule(AngleUrl(), (lx, m) =>
            {
                lx.Groups(m, NameTag, StrOther, NameTag);
                lx.Pop();
            })
            .Rule(NonSpace(), StrOther, "#pop");
        d.State("title")
            .Rule(DoubleQuotedTitle(), NameNamespace)
            .Rule(SingleQuotedTitle(), NameNamespace)
            .Rule(ParenthesizedTitle(), NameNamespace)
            .Rule(BeforeTitle(), Text)
            .Rule(Empty(), (lx, _) => lx.Pop());
        d.State("inline_title")
            .Rule(CloseParen(), Punctuation, "#pop")
            .Mixin("title");
        d.State("inline_url")
            .Rule(InlineUrl(), StrOther, "#pop")
            .Rule(Whitespace(), Text)
            .Mixin("url");
        return d.Build();
    }

    /// <summary>
    /// Rouge: the fenced-code rule of rouge/lexers/markdown.rb. The info string picks the lexer (an empty one
    /// guesses; an unknown one yields the code as a backtick string); without a matching closing fence, the
    /// following lines are lexed one by one until a fence line of the same kind.
    /// </summary>
    private void FencedCode(Match m)
    {
        var name = m.Groups[3].Value.Trim(RubyWhitespace);
        var code = m.Groups[5].Success ? m.Groups[5].Value : "";
        var sublexer = LexerRegistry.FindFancy(name.Length == 0 ? "guess" : name, code) ?? new PlainTextLexer(StrBacktick);
        sublexer.Reset();

        Token(Text, m.Groups[1].Value);
        Token(Punctuation, m.Groups[2].Value);
        Token(NameLabel, m.Groups[3].Value);
        if (m.Groups[5].Success)
        {
            Delegate(sublexer, m.Groups[5].Value);
        }

        Token(Text, m.Groups[6].Value);
        if (m.Groups[7].Success)
        {
            Token(Punctuation, m.Groups[7].Value);
            return;
        }

        var fenceEnd = FenceEnds.GetOrAdd(m.Groups[2].Value, static fence => new Regex(
            @"\G^([ \t]*)(" + Regex.Escape(fence) + ")", RegexOptions.Multiline | RegexOptions.CultureInvariant));
        Push(new LexerState("fenced_code", [
            LexerRule.Match(fenceEnd, (lx, end) =>
            {
                lx.Pop();
                lx.Groups(end, Text, Punctuation);
            }),
            LexerRule.Match(CodeLine(), (lx, line) => lx.Delegate(sublexer, line.Value)),
        ]));
    }
}
