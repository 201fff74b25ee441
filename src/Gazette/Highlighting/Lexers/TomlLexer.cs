using System.Text.RegularExpressions;
using static Gazette.Highlighting.TokenTypes;

namespace Gazette.Highlighting.Lexers;

/// <summary>Rouge's TOML lexer (rouge/lexers/toml.rb).</summary>
internal sealed partial class TomlLexer : RegexLexer
{
    // Bare keys and quoted keys.
    private const string Identifier = @"(?:\S+|""[^""]+""|'[^']+')";

    private static readonly LexerDefinition States = Define();

    protected override LexerDefinition Definition => States;

    private static LexerDefinition Define()
    {
        var d = new LexerDefinitionBuilder<TomlLexer>();
        d.State("basic")
            .Rule(Spaces(), Text)
            .Rule(LineComment(), Comment)
            .Rule(Boolean(), KeywordConstant)
            .Rule(InlineTableKey(), [NameNamespace, Text, Operator, Text, Punctuation], "inline")
            .Rule(TableHeader(), NameNamespace)
            .Rule(DateTime(), LiteralDate)
            .Rule(Float(), NumFloat)
            .Rule(Exponent(), NumFloat)
            .Rule(Special(), NumFloat)
            .Rule(Hex(), NumHex)
            .Rule(Octal(), NumOct)
            .Rule(Binary(), NumBin)
            .Rule(Integer(), NumInteger);
        d.State("root")
            .Mixin("basic")
            .Rule(Key(), [NameProperty, Text, Punctuation], "value");
        d.State("value")
            .Rule(Newline(), Text, "#pop")
            .Mixin("content");
        d.State("content")
            .Mixin("basic")
            .Rule(Key(), [NameProperty, Text, Punctuation])
            .Rule(TripleDouble(), Str, "mdq")
            .Rule(Double(), Str, "dq")
            .Rule(TripleSingle(), Str, "msq")
            .Rule(Single(), Str, "sq")
            .Mixin("esc_str")
            .Rule(Comma(), Punctuation)
            .Rule(OpenBracket(), Punctuation, "array");
        d.State("dq")
            .Rule(Double(), Str, "#pop")
            .Rule(Newline(), Error, "#pop")
            .Mixin("esc_str")
            .Rule(DoubleChars(), Str);
        d.State("mdq")
            .Rule(TripleDouble(), Str, "#pop")
            .Mixin("esc_str")
            .Rule(MultiDoubleChars(), Str)
            .Rule(Doubles(), Str);
        d.State("sq")
            .Rule(Single(), Str, "#pop")
            .Rule(Newline(), Error, "#pop")
            .Rule(SingleChars(), Str);
        d.State("msq")
            .Rule(TripleSingle(), Str, "#pop")
            .Rule(MultiSingleChars(), Str)
            .Rule(Singles(), Str);
        d.State("esc_str").Rule(EscapeChar(), StrEscape);
        d.State("array")
            .Mixin("content")
            .Rule(CloseBracket(), Punctuation, "#pop");
        d.State("inline")
            .Mixin("content")
            .Rule(CloseBrace(), Punctuation, "#pop");
        return d.Build();
    }

    [GeneratedRegex(@"\G\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\G#.*?$", RegexOptions.Multiline)]
    private static partial Regex LineComment();

    [GeneratedRegex(@"\G(true|false)")]
    private static partial Regex Boolean();

    [GeneratedRegex(@"\G(" + Identifier + @")(\s*)(=)(\s*)(\{)")]
    private static partial Regex InlineTableKey();

    [GeneratedRegex(@"\G(?<!=)\s*\[[\S]+\]")]
    private static partial Regex TableHeader();

    [GeneratedRegex(@"\G\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")]
    private static partial Regex DateTime();

    [GeneratedRegex(@"\G[+-]?\d+(?:_\d+)*\.\d+(?:_\d+)*(?:[eE][+-]?\d+(?:_\d+)*)?")]
    private static partial Regex Float();

    [GeneratedRegex(@"\G[+-]?\d+(?:_\d+)*[eE][+-]?\d+(?:_\d+)*")]
    private static partial Regex Exponent();

    [GeneratedRegex(@"\G[+-]?(?:nan|inf)")]
    private static partial Regex Special();

    [GeneratedRegex(@"\G0x[0-9a-fA-F]+(?:_[0-9a-fA-F]+)*")]
    private static partial Regex Hex();

    [GeneratedRegex(@"\G0o[0-7]+(?:_[0-7]+)*")]
    private static partial Regex Octal();

    [GeneratedRegex(@"\G0b[01]+(?:_[01]+)*")]
    private static partial Regex Binary();

    [GeneratedRegex(@"\G[+-]?\d+(?:_\d+)*")]
    private static partial Regex Integer();

    [GeneratedRegex(@"\G(" + Identifier + @")(\s*)(=)")]
    private static partial Regex Key();

    [GeneratedRegex(@"\G\n")]
    private static partial Regex Newline();

    [GeneratedRegex(@"\G""""""")]
    private static partial Regex TripleDouble();

    [GeneratedRegex(@"\G""")]
    private static partial Regex Double();

    [GeneratedRegex(@"\G'''")]
    private static partial Regex TripleSingle();

    [GeneratedRegex(@"\G'")]
    private static partial Regex Single();

    [GeneratedRegex(@"\G,")]
    private static partial Regex Comma();

    [GeneratedRegex(@"\G\[")]
    private static partial Regex OpenBracket();

    [GeneratedRegex(@"\G\]")]
    private static partial Regex CloseBracket();

    [GeneratedRegex(@"\G\}")]
    private static partial Regex CloseBrace();

    [GeneratedRegex(@"\G[^\\""\n]+")]
    private static partial Regex DoubleChars();

    [GeneratedRegex(@"\G[^\\""]+")]
    private static partial Regex MultiDoubleChars();

    [GeneratedRegex(@"\G""+")]
    private static partial Regex Doubles();

    [GeneratedRegex(@"\G[^'\n]+")]
    private static partial Regex SingleChars();

    [GeneratedRegex(@"\G[^']+")]
    private static partial Regex MultiSingleChars();

    [GeneratedRegex(@"\G'+")]
    private static partial Regex Singles();

    [GeneratedRegex(@"\G\\[0t\tn\n ""\\r]")]
    private static partial Regex EscapeChar();
}
