using System.Text.RegularExpressions;
using static Gazette.Highlighting.TokenTypes;

namespace Gazette.Highlighting.Lexers;

/// <summary>Rouge's Java .properties lexer (rouge/lexers/properties.rb).</summary>
internal sealed partial class PropertiesLexer : RegexLexer
{
    private static readonly LexerDefinition States = Define();

    protected override LexerDefinition Definition => States;

    private static LexerDefinition Define()
    {
        var d = new LexerDefinitionBuilder<PropertiesLexer>();
        d.State("basic")
            .Rule(LineComment(), Comment)
            .Rule(Spaces(), Text)
            .Rule(LineContinuation(), StrEscape);
        d.State("root")
            .Mixin("basic")
            .Rule(Key(), [NameProperty, Text, Punctuation], "value");
        d.State("value")
            .Rule(Newline(), Text, "#pop")
            .Mixin("basic")
            .Rule(DoubleQuote(), Str, "dq")
            .Rule(SingleQuoted(), Str)
            .Mixin("esc_str")
            .Rule(ValueChars(), Str);
        d.State("dq")
            .Rule(DoubleQuote(), Str, "#pop")
            .Mixin("esc_str")
            .Rule(QuotedChars(), Str);
        d.State("esc_str")
            .Rule(UnicodeEscape(), StrEscape)
            .Rule(Escape(), StrEscape);
        return d.Build();
    }

    [GeneratedRegex(@"\G[!#].*?\n")]
    private static partial Regex LineComment();
    [GeneratedRegex(@"\G\s+")]
    private static partial Regex Spaces();
    [GeneratedRegex(@"\G\\\n")]
    private static partial Regex LineContinuation();
    [GeneratedRegex(@"\G([\w.-]+)(\s*)([=:])")]
    private static partial Regex Key();
    [GeneratedRegex(@"\G\n")]
    private static partial Regex Newline();
    [GeneratedRegex(@"\G""")]
    private static partial Regex DoubleQuote();
    [GeneratedRegex(@"\G'.*?'")]
    private static partial Regex SingleQuoted();
    [GeneratedRegex(@"\G[^\\\n]+")]
    private static partial Regex ValueChars();
    [GeneratedRegex(@"\G[^\\""]+", RegexOptions.Singleline)]
    private static partial Regex QuotedChars();
    [GeneratedRegex(@"\G\\u[0-9]{4}")]
    private static partial Regex UnicodeEscape();
    [GeneratedRegex(@"\G\\.", RegexOptions.Singleline)]
    private static partial Regex Escape();
}
