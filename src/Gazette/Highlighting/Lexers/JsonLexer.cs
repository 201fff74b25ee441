using System.Text.RegularExpressions;
using static Gazette.Highlighting.TokenTypes;

namespace Gazette.Highlighting.Lexers;

/// <summary>Rouge's JSON lexer (rouge/lexers/json.rb).</summary>
internal sealed partial class JsonLexer : RegexLexer
{
    private static readonly LexerDefinition States = Define();

    protected override LexerDefinition Definition => States;

    private static LexerDefinition Define()
    {
        var d = new LexerDefinitionBuilder<JsonLexer>();
        d.State("whitespace").Rule(Spaces(), Whitespace);
        d.State("root")
            .Mixin("whitespace")
            .Rule(OpenBrace(), Punctuation, "object")
            .Rule(OpenBracket(), Punctuation, "array")
            .Mixin("name")
            .Mixin("value")
            .Rule(StrayCloser(), Punctuation);
        d.State("object")
            .Mixin("whitespace")
            .Mixin("name")
            .Mixin("value")
            .Rule(CloseBrace(), Punctuation, "#pop")
            .Rule(Comma(), Punctuation);
        d.State("name").Rule(Key(), [NameLabel, Whitespace, Punctuation]);
        d.State("value")
            .Mixin("whitespace")
            .Mixin("constants")
            .Rule(Quote(), StrDouble, "string")
            .Rule(OpenBracket(), Punctuation, "array")
            .Rule(OpenBrace(), Punctuation, "object");
        d.State("string")
            .Rule(StringChars(), StrDouble)
            .Rule(EscapeChar(), StrEscape)
            .Rule(Quote(), StrDouble, "#pop");
        d.State("array")
            .Mixin("value")
            .Rule(CloseBracket(), Punctuation, "#pop")
            .Rule(Comma(), Punctuation);
        d.State("constants")
            .Rule(Constant(), KeywordConstant)
            .Rule(Float(), NumFloat)
            .Rule(Integer(), NumInteger);
        return d.Build();
    }

    [GeneratedRegex(@"\G\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\G\{")]
    private static partial Regex OpenBrace();

    [GeneratedRegex(@"\G\}")]
    private static partial Regex CloseBrace();

    [GeneratedRegex(@"\G\[")]
    private static partial Regex OpenBracket();

    [GeneratedRegex(@"\G\]")]
    private static partial Regex CloseBracket();

    [GeneratedRegex(@"\G[\]}]")]
    private static partial Regex StrayCloser();

    [GeneratedRegex(@"\G,")]
    private static partial Regex Comma();

    [GeneratedRegex(@"\G(""(?:\\.|[^""\\\n])*?"")(\s*)(:)")]
    private static partial Regex Key();

    [GeneratedRegex(@"\G""")]
    private static partial Regex Quote();

    [GeneratedRegex(@"\G[^\\""]+")]
    private static partial Regex StringChars();

    [GeneratedRegex(@"\G\\.")]
    private static partial Regex EscapeChar();

    [GeneratedRegex(@"\G(?:true|false|null)")]
    private static partial Regex Constant();

    [GeneratedRegex(@"\G-?(?:0|[1-9]\d*)\.\d+(?:e[+-]?\d+)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Float();

    [GeneratedRegex(@"\G-?(?:0|[1-9]\d*)(?:e[+-]?\d+)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Integer();
}
