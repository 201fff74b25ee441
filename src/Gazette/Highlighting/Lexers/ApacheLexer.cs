using System.Text.RegularExpressions;
using static Gazette.Highlighting.TokenTypes;

namespace Gazette.Highlighting.Lexers;

/// <summary>Rouge's Apache configuration lexer (rouge/lexers/apache.rb): known names get a token, others are text.</summary>
internal sealed partial class ApacheLexer : RegexLexer
{
    private static readonly LexerDefinition States = Define();

    protected override LexerDefinition Definition => States;

    // Rouge: name_for_token looks the lower-cased word up in all three lists.
    private static string NameFor(string word, string token)
    {
        var key = word.ToLowerInvariant();
        return ApacheKeywords.Sections.Contains(key) || ApacheKeywords.Directives.Contains(key) || ApacheKeywords.Values.Contains(key)
            ? token
            : Text;
    }

    private static LexerDefinition Define()
    {
        var d = new LexerDefinitionBuilder<ApacheLexer>();
        d.State("whitespace")
            .Rule(LineComment(), Comment)
            .Rule(Spaces(), Text);
        d.State("root")
            .Mixin("whitespace")
            .Rule(SectionTag(), (lx, m) =>
            {
                lx.Groups(m, Punctuation, NameFor(m.Groups[2].Value, NameLabel));
                lx.Push("section");
            })
            .Rule(Word(), (lx, m) =>
            {
                lx.Token(NameFor(m.Value, NameClass), m.Value);
                lx.Push("directive");
            });
        d.State("section")
            .Rule(SectionArguments(), (lx, m) =>
            {
                lx.Groups(m, StrRegex, Punctuation);
                lx.Pop();
            })
            .Mixin("whitespace");
        d.State("directive")
            .Rule(LineEnd(), Text, "#pop")
            .Mixin("whitespace")
            .Rule(Argument(), (lx, m) => lx.Token(NameFor(m.Value, StrSymbol), m.Value));
        return d.Build();
    }

    [GeneratedRegex(@"\G\#.*")]
    private static partial Regex LineComment();
    [GeneratedRegex(@"\G\s+", RegexOptions.Singleline)]
    private static partial Regex Spaces();
    [GeneratedRegex(@"\G(<\/?)(\w+)")]
    private static partial Regex SectionTag();
    [GeneratedRegex(@"\G\w+")]
    private static partial Regex Word();
    [GeneratedRegex(@"\G([^>]+)?(>(?:\r\n?|\n)?)")]
    private static partial Regex SectionArguments();
    [GeneratedRegex(@"\G(?:\r\n?|\n)")]
    private static partial Regex LineEnd();
    [GeneratedRegex(@"\G\S+")]
    private static partial Regex Argument();
}
