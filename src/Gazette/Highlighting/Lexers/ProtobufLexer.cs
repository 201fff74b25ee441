using System.Text.RegularExpressions;
using static Gazette.Highlighting.TokenTypes;

namespace Gazette.Highlighting.Lexers;

/// <summary>Rouge's Protocol Buffers lexer (rouge/lexers/protobuf.rb).</summary>
internal sealed partial class ProtobufLexer : RegexLexer
{
    private static readonly LexerDefinition States = Define();

    protected override LexerDefinition Definition => States;

    private static LexerDefinition Define()
    {
        var d = new LexerDefinitionBuilder<ProtobufLexer>();
        d.State("root")
            .Rule(Spaces(), Text)
            .Rule(PunctuationChar(), Punctuation)
            .Rule(LineComment(), CommentSingle)
            .Rule(BlockComment(), CommentMultiline)
            .Rule(KeywordPattern(), Keyword)
            .Rule(DataType(), KeywordType)
            .Rule(Boolean(), KeywordConstant)
            .Rule(Package(), [KeywordNamespace, Text], "package")
            .Rule(Message(), [KeywordDeclaration, Text], "message")
            .Rule(TypeDeclaration(), [KeywordDeclaration, Text], "type")
            .Rule(DoubleQuoted(), Str)
            .Rule(SingleQuoted(), Str)
            .Rule(ExponentFloat(), NumFloat)
            .Rule(Float(), NumFloat)
            .Rule(Special(), NumFloat)
            .Rule(Hex(), NumHex)
            .Rule(Octal(), NumOct)
            .Rule(Integer(), NumInteger)
            .Rule(OperatorChar(), Operator)
            .Rule(Attribute(), [NameAttribute, Text, Operator])
            .Rule(NamePattern(), Name);
        d.State("package")
            .Rule(Identifier(), NameNamespace, "#pop")
            .Rule(Empty(), (lx, _) => lx.Pop());
        d.State("message")
            .Rule(Identifier(), NameClass, "#pop")
            .Rule(Empty(), (lx, _) => lx.Pop());
        d.State("type")
            .Rule(Identifier(), Name, "#pop")
            .Rule(Empty(), (lx, _) => lx.Pop());
        return d.Build();
    }

    [GeneratedRegex(@"\G[\s]+")]
    private static partial Regex Spaces();
    [GeneratedRegex(@"\G[,;{}\[\]()]")]
    private static partial Regex PunctuationChar();
    [GeneratedRegex(@"\G\/(\\\n)?\/($|(.|\n)*?[^\\]$)", RegexOptions.Multiline)]
    private static partial Regex LineComment();
    [GeneratedRegex(@"\G\/(\\\n)?\*(.|\n)*?\*(\\\n)?\/")]
    private static partial Regex BlockComment();
    [GeneratedRegex(@"\G\b(ctype|default|extensions|import|max|oneof|option|optional|packed|repeated|required|returns|rpc|to)\b")]
    private static partial Regex KeywordPattern();
    [GeneratedRegex(@"\G\b(bool|bytes|double|fixed32|fixed64|float|int32|int64|sfixed32|sfixed64|sint32|sint64|string|uint32|uint64)\b")]
    private static partial Regex DataType();
    [GeneratedRegex(@"\G(?:true|false)")]
    private static partial Regex Boolean();
    [GeneratedRegex(@"\G(package)(\s+)")]
    private static partial Regex Package();
    [GeneratedRegex(@"\G(message|extend)(\s+)")]
    private static partial Regex Message();
    [GeneratedRegex(@"\G(enum|group|service)(\s+)")]
    private static partial Regex TypeDeclaration();
    [GeneratedRegex(@"\G"".*?""")]
    private static partial Regex DoubleQuoted();
    [GeneratedRegex(@"\G'.*?'")]
    private static partial Regex SingleQuoted();
    [GeneratedRegex(@"\G(\d+\.\d*|\.\d+|\d+)[eE][+-]?\d+[LlUu]*")]
    private static partial Regex ExponentFloat();
    [GeneratedRegex(@"\G(\d+\.\d*|\.\d+|\d+[fF])[fF]?")]
    private static partial Regex Float();
    [GeneratedRegex(@"\G(\-?(inf|nan))\b")]
    private static partial Regex Special();
    [GeneratedRegex(@"\G0x[0-9a-fA-F]+[LlUu]*")]
    private static partial Regex Hex();
    [GeneratedRegex(@"\G0[0-7]+[LlUu]*")]
    private static partial Regex Octal();
    [GeneratedRegex(@"\G\d+[LlUu]*")]
    private static partial Regex Integer();
    [GeneratedRegex(@"\G[+-=]")]
    private static partial Regex OperatorChar();
    [GeneratedRegex(@"\G([a-zA-Z_][\w.]*)([ \t]*)(=)")]
    private static partial Regex Attribute();
    [GeneratedRegex(@"\G[a-zA-Z_][\w.]*")]
    private static partial Regex NamePattern();
    [GeneratedRegex(@"\G[a-zA-Z_]\w*")]
    private static partial Regex Identifier();
    [GeneratedRegex(@"\G")]
    private static partial Regex Empty();
}
