using System.Text.RegularExpressions;

namespace Gazette.Highlighting.Lexers;

/// <summary>The patterns of <see cref="LiquidLexer"/>.</summary>
internal sealed partial class LiquidLexer
{
    [GeneratedRegex(@"\G[^\{]+")]
    private static partial Regex TextChars();
    [GeneratedRegex(@"\G(\{%-?)(\s*)")]
    private static partial Regex TagStart();
    [GeneratedRegex(@"\G(\{\{-?)(\s*)")]
    private static partial Regex OutputStart();
    [GeneratedRegex(@"\G\{")]
    private static partial Regex Brace();
    [GeneratedRegex(@"\G(if|elsif|unless|case)\b")]
    private static partial Regex Conditional();
    [GeneratedRegex(@"\G(when)\b")]
    private static partial Regex When();
    [GeneratedRegex(@"\G(else)(\s*)(-?%\})")]
    private static partial Regex Else();
    [GeneratedRegex(@"\G(capture|(?:in|de)crement)(\s+)([^\s%]+)(\s*)(-?%\})")]
    private static partial Regex Capture();
    [GeneratedRegex(@"\G(comment)(\s*)(-?%\})")]
    private static partial Regex CommentTag();
    [GeneratedRegex(@"\G(raw)(\s*)(-?%\})")]
    private static partial Regex RawTag();
    [GeneratedRegex(@"\G(end(?:if|unless|case))(\s*)(-?%\})")]
    private static partial Regex EndConditional();
    [GeneratedRegex(@"\G(end(?:[^\s%]+))(\s*)(-?%\})")]
    private static partial Regex EndTag();
    [GeneratedRegex(@"\G(assign|echo)\b")]
    private static partial Regex Assign();
    [GeneratedRegex(@"\G(include|render)\b")]
    private static partial Regex Include();
    [GeneratedRegex(@"\G(cycle)(\s+)(?:([^\s:]*)(\s*)(:))?(\s*)")]
    private static partial Regex Cycle();
    [GeneratedRegex(@"\G(for|tablerow)(\s+)([\w-]+)(\s+)(in)(\s+)((?:[^\s%,\|'""]|(?:""[^""]*""|'[^']*'))+)(\s*)")]
    private static partial Regex For();
    [GeneratedRegex(@"\G([^\s%]+)(\s*)")]
    private static partial Regex AnyTag();
    [GeneratedRegex(@"\G(\|)(\s*)([a-zA-Z_][^\s}\|:]*)")]
    private static partial Regex OutputFilter();
    [GeneratedRegex(@"\G(\|)(\s*)([a-zA-Z_][^\s%}\|:]*)")]
    private static partial Regex Filter();
    [GeneratedRegex(@"\G([=!]=|[<>]=?)")]
    private static partial Regex Comparison();
    [GeneratedRegex(@"\G(and|or|contains)\b")]
    private static partial Regex WordOperator();
    [GeneratedRegex(@"\G-?\}\}")]
    private static partial Regex OutputEnd();
    [GeneratedRegex(@"\G-?%\}")]
    private static partial Regex TagEnd();
    [GeneratedRegex(@"\G([^\s=:]+)(\s*)(=|:)")]
    private static partial Regex Parameter();
    [GeneratedRegex(@"\G[,:]")]
    private static partial Regex CommaOrColon();
    [GeneratedRegex(@"\G\S+")]
    private static partial Regex NonSpace();
    [GeneratedRegex(@"\G(reversed)\b")]
    private static partial Regex Reversed();
    [GeneratedRegex(@"\G(false|true|nil)\b")]
    private static partial Regex Constant();
    [GeneratedRegex(@"\G(empty|blank|forloop\.[^\s%}\|:]+)\b")]
    private static partial Regex BuiltinVariable();
    [GeneratedRegex(@"\G(?:\.(?=\w)|\[|\])")]
    private static partial Regex Accessor();
    [GeneratedRegex(@"\G(first|last|size)\b")]
    private static partial Regex SizeFunction();
    [GeneratedRegex(@"\G[a-zA-Z_][\w-]*\??")]
    private static partial Regex VariableName();
    [GeneratedRegex(@"\G'[^']*'")]
    private static partial Regex SingleQuoted();
    [GeneratedRegex(@"\G""[^""]*""")]
    private static partial Regex DoubleQuoted();
    [GeneratedRegex(@"\G-")]
    private static partial Regex Minus();
    [GeneratedRegex(@"\G\d+\.\d+")]
    private static partial Regex Float();
    [GeneratedRegex(@"\G\d+")]
    private static partial Regex Integer();
    [GeneratedRegex(@"\G[ \t]+")]
    private static partial Regex Blanks();
    [GeneratedRegex(@"\G(\{%-?)(\s*)(endcomment)(\s*)(-?%\})")]
    private static partial Regex EndComment();
    [GeneratedRegex(@"\G(\{%-?)(\s*)(endraw)(\s*)(-?%\})")]
    private static partial Regex EndRaw();
    [GeneratedRegex(@"\G=")]
    private static partial Regex EqualsSign();
    [GeneratedRegex(@"\G(\|)(\s*)([a-zA-Z_][^\s%\|:]*)")]
    private static partial Regex AssignFilter();
    [GeneratedRegex(@"\G(with|for)\b")]
    private static partial Regex WithOrFor();
    [GeneratedRegex(@"\G[\/\w-]+(\.[\w-]+)+\b")]
    private static partial Regex FileName();
    [GeneratedRegex("'[^']*'")]
    private static partial Regex ContainsSingleQuoted();
    [GeneratedRegex(@"""[^""]*""")]
    private static partial Regex ContainsDoubleQuoted();
}
