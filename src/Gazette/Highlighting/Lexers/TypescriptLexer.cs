using System.Text.RegularExpressions;
using static Gazette.Highlighting.TokenTypes;

namespace Gazette.Highlighting.Lexers;

/// <summary>
/// Rouge's TypeScript lexer (rouge/lexers/typescript.rb and typescript/common.rb): the JavaScript lexer with
/// more words, <c>?.</c> and <c>??</c> first in the root state, and optional labels in statements.
/// </summary>
internal sealed partial class TypescriptLexer : JavascriptLexer
{
    private static readonly LexerDefinition TypescriptStates = BuildTypescriptDefinition();

    private static readonly JavascriptWords TypescriptWordSet = new(
        Keywords: Set("as async await break case catch continue debugger default delete do else export finally from for"
            + " if import in instanceof new of return super switch this throw try typeof void while yield"
            + " is namespace static private protected public implements readonly"),
        Declarations: Set("var let const with function class extends constructor get set static type abstract"),
        Reserved: Set("enum implements interface package private protected public"
            + " string any void number namespace module declare default interface keyof"),
        Constants: Set("true false null NaN Infinity undefined"),
        Builtins: Set(BuiltinNames + " Pick Partial Readonly Record"));

    protected override LexerDefinition Definition => TypescriptStates;

    protected override JavascriptWords Words => TypescriptWordSet;

    private static LexerDefinition BuildTypescriptDefinition()
    {
        var d = new LexerDefinitionBuilder<JavascriptLexer>();
        DefineStates(d);
        d.Prepend("root")
            .Rule(OptionalChaining(), Punctuation)
            .Rule(NullishCoalescing(), Operator);
        d.Prepend("statement")
            .Rule(OptionalLabel(), [NameLabel, Punctuation, Text, Punctuation], "expr_start");
        return d.Build();
    }

    [GeneratedRegex(@"\G[?][.]")]
    private static partial Regex OptionalChaining();
    [GeneratedRegex(@"\G[?]{2}")]
    private static partial Regex NullishCoalescing();
    [GeneratedRegex(@"\G(" + IdPattern + @")(\??)(\s*)(:)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OptionalLabel();
}
