using System.Text.RegularExpressions;

namespace Gazette.Highlighting.Lexers;

internal sealed partial class GraphqlLexer
{
    private const string NamePattern = "(?:[_A-Za-z][_0-9A-Za-z]*)";

    [GeneratedRegex(@"\G\b(?:query|mutation|subscription)\b")]
    private static partial Regex Operation();
    [GeneratedRegex(@"\G\{")]
    private static partial Regex OpenBrace();
    [GeneratedRegex(@"\G\bfragment\b")]
    private static partial Regex Fragment();
    [GeneratedRegex(@"\G\bscalar\b")]
    private static partial Regex Scalar();
    [GeneratedRegex(@"\G\b(?:type|interface|enum)\b")]
    private static partial Regex TypeKeyword();
    [GeneratedRegex(@"\G\b(?:input|schema)\b")]
    private static partial Regex InputOrSchema();
    [GeneratedRegex(@"\G\bunion\b")]
    private static partial Regex Union();
    [GeneratedRegex(@"\G\bextend\b")]
    private static partial Regex Extend();
    [GeneratedRegex(@"\G("""""")(\n)(.*?)(\n)("""""")", RegexOptions.Singleline)]
    private static partial Regex BlockDescription();
    [GeneratedRegex(@"\G\s+", RegexOptions.Singleline)]
    private static partial Regex Spaces();
    [GeneratedRegex(@"\G#.*$", RegexOptions.Multiline)]
    private static partial Regex LineComment();
    [GeneratedRegex(@"\G[!,]")]
    private static partial Regex BangOrComma();
    [GeneratedRegex(@"\G(@" + NamePattern + @")(\s*)(\()")]
    private static partial Regex DirectiveCall();
    [GeneratedRegex(@"\G@" + NamePattern + @"\b")]
    private static partial Regex Directive();
    [GeneratedRegex(@"\G\bon\b")]
    private static partial Regex On();
    [GeneratedRegex(@"\G\b" + NamePattern + @"\b")]
    private static partial Regex Name();
    [GeneratedRegex(@"\G\(")]
    private static partial Regex OpenParen();
    [GeneratedRegex(@"\G\bimplements\b")]
    private static partial Regex Implements();
    [GeneratedRegex(@"\G\=")]
    private static partial Regex EqualsSign();
    [GeneratedRegex(@"\G\|")]
    private static partial Regex Pipe();
    [GeneratedRegex(@"\G(?!\||\s+|#[^\n]*)")]
    private static partial Regex NotPipeAhead();
    [GeneratedRegex(@"\G\}")]
    private static partial Regex CloseBrace();
    [GeneratedRegex(@"\G\b(" + NamePattern + @")(\s*)(\()")]
    private static partial Regex NameCall();
    [GeneratedRegex(@"\G:")]
    private static partial Regex Colon();
    [GeneratedRegex(@"\G\)")]
    private static partial Regex CloseParen();
    [GeneratedRegex(@"\G\$" + NamePattern + @"\b")]
    private static partial Regex Variable();
    [GeneratedRegex(@"\G\b(?:Int|Float|String|Boolean|ID)\b")]
    private static partial Regex BuiltinType();
    [GeneratedRegex(@"\G\[")]
    private static partial Regex OpenBracket();
    [GeneratedRegex(@"\G\]")]
    private static partial Regex CloseBracket();
    [GeneratedRegex(@"\G\b(" + NamePattern + @")(\s*)(:)")]
    private static partial Regex Alias();
    [GeneratedRegex(@"\G(\.\.\.)(\s+)(on)\b")]
    private static partial Regex InlineFragment();
    [GeneratedRegex(@"\G\.\.\.")]
    private static partial Regex Spread();
    [GeneratedRegex(@"\G"""""".*?""""""", RegexOptions.Singleline)]
    private static partial Regex BlockString();
    [GeneratedRegex(@"\G\b(?:true|false|null)\b")]
    private static partial Regex Constant();
    [GeneratedRegex(@"\G[+-]?[0-9]+\.[0-9]+(?:[eE][+-]?[0-9]+)?")]
    private static partial Regex Float();
    [GeneratedRegex(@"\G[+-]?[1-9][0-9]*(?:[eE][+-]?[0-9]+)?")]
    private static partial Regex Integer();
    [GeneratedRegex(@"\G""(\\[\\""]|[^""])*""")]
    private static partial Regex StringLiteral();
}
