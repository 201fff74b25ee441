using System.Text.RegularExpressions;
using static Gazette.Highlighting.TokenTypes;

namespace Gazette.Highlighting.Lexers;

/// <summary>Rouge's GraphQL lexer (rouge/lexers/graphql.rb); block descriptions are lexed as Markdown.</summary>
internal sealed partial class GraphqlLexer : RegexLexer
{
    private const string NamePattern = "(?:[_A-Za-z][_0-9A-Za-z]*)";

    private static readonly LexerDefinition States = Define();

    protected override LexerDefinition Definition => States;

    // Rouge: a value token pops the value state unless a list is being read.
    private static Action<GraphqlLexer, Match> PopUnlessList(string token) => (lx, m) =>
    {
        lx.Token(token, m.Value);
        if (!lx.IsState("list"))
        {
            lx.Pop();
        }
    };

    private static LexerDefinition Define()
    {
        var d = new LexerDefinitionBuilder<GraphqlLexer>();
        d.State("root")
            .Rule(Operation(), Keyword, "query_definition")
            .Rule(OpenBrace(), (lx, m) =>
            {
                lx.Token(Punctuation, m.Value);
                lx.Push("query_definition");
                lx.Push("selection_set");
            })
            .Rule(Fragment(), Keyword, "fragment_definition")
            .Rule(Scalar(), Keyword, "value")
            .Rule(TypeKeyword(), Keyword, "type_definition")
            .Rule(InputOrSchema(), Keyword, "type_definition")
            .Rule(Union(), Keyword, "union_definition")
            .Rule(Extend(), Keyword)
            .Mixin("basic")
            .Rule(BlockDescription(), (lx, m) =>
            {
                lx.Token(StrDouble, m.Groups[1].Value);
                lx.Token(Whitespace, m.Groups[2].Value);
                lx.DelegateFresh(new MarkdownLexer(), m.Groups[3].Value);
                lx.Token(Whitespace, m.Groups[4].Value);
                lx.Token(StrDouble, m.Groups[5].Value);
            });
        d.State("basic")
            .Rule(Spaces(), Whitespace)
            .Rule(LineComment(), Comment)
            .Rule(BangOrComma(), Punctuation);
        d.State("has_directives")
            .Rule(DirectiveCall(), [Keyword, Whitespace, Punctuation], "arguments")
            .Rule(Directive(), Keyword);
        d.State("fragment_definition")
            .Rule(On(), Keyword)
            .Mixin("query_definition");
        d.State("query_definition")
            .Mixin("has_directives")
            .Rule(Name(), TokenTypes.Name)
            .Rule(OpenParen(), Punctuation, "variable_definitions")
            .Rule(OpenBrace(), Punctuation, "selection_set")
            .Mixin("basic");
        d.State("type_definition")
            .Rule(Implements(), Keyword)
            .Rule(Name(), TokenTypes.Name)
            .Rule(OpenParen(), Punctuation, "variable_definitions")
            .Rule(OpenBrace(), Punctuation, "type_definition_set")
            .Mixin("basic");
        d.State("union_definition")
            .Rule(Name(), TokenTypes.Name)
            .Rule(EqualsSign(), Punctuation, "union_definition_variant")
            .Mixin("basic");
        d.State("union_definition_variant")
            .Rule(Name(), (lx, m) =>
            {
                lx.Token(TokenTypes.Name, m.Value);
                lx.Pop();
                lx.Push("union_definition_pipe");
            })
            .Mixin("basic");
        d.State("union_definition_pipe")
            .Rule(Pipe(), (lx, m) =>
            {
                lx.Token(Punctuation, m.Value);
                lx.Pop();
                lx.Push("union_definition_variant");
            })
            .Rule(NotPipeAhead(), (lx, _) => lx.Pop(2))
            .Mixin("basic");
        d.State("type_definition_set")
            .Rule(CloseBrace(), (lx, m) =>
            {
                lx.Token(Punctuation, m.Value);
                lx.Pop(2);
            })
            .Rule(NameCall(), [TokenTypes.Name, Whitespace, Punctuation], "variable_definitions")
            .Rule(Name(), TokenTypes.Name)
            .Rule(Colon(), Punctuation, "type_names")
            .Mixin("basic");
        d.State("arguments")
            .Rule(CloseParen(), Punctuation, "#pop")
            .Rule(Name(), TokenTypes.Name)
            .Rule(Colon(), Punctuation, "value")
            .Mixin("basic");
        d.State("variable_definitions")
            .Rule(CloseParen(), Punctuation, "#pop")
            .Rule(Variable(), NameVariable)
            .Rule(Name(), TokenTypes.Name)
            .Rule(Colon(), Punctuation, "type_names")
            .Rule(EqualsSign(), Punctuation, "value")
            .Mixin("basic");
        d.State("type_names")
            .Rule(BuiltinType(), NameBuiltin, "#pop")
            .Rule(Name(), TokenTypes.Name, "#pop")
            .Rule(OpenBracket(), Punctuation, "type_name_list")
            .Mixin("basic");
        d.State("type_name_list")
            .Rule(BuiltinType(), NameBuiltin)
            .Rule(Name(), TokenTypes.Name)
            .Rule(CloseBracket(), (lx, m) =>
            {
                lx.Token(Punctuation, m.Value);
                lx.Pop(2);
            })
            .Mixin("basic");
        d.State("selection_set")
            .Mixin("has_directives")
            .Rule(CloseBrace(), (lx, m) =>
            {
                lx.Token(Punctuation, m.Value);
                lx.Pop();
                if (lx.IsState("query_definition") || lx.IsState("fragment_definition"))
                {
                    lx.Pop();
                }
            })
            .Rule(NameCall(), [TokenTypes.Name, Whitespace, Punctuation], "arguments")
            .Rule(Alias(), [TokenTypes.Name, Whitespace, Punctuation])
            .Rule(Name(), TokenTypes.Name)
            .Rule(InlineFragment(), [Punctuation, Whitespace, Keyword])
            .Rule(Spread(), Punctuation)
            .Rule(OpenBrace(), Punctuation, "selection_set")
            .Mixin("basic");
        d.State("list")
            .Rule(CloseBracket(), (lx, m) =>
            {
                lx.Token(Punctuation, m.Value);
                lx.Pop();
                if (lx.IsState("value"))
                {
                    lx.Pop();
                }
            })
            .Mixin("value");
        d.State("object")
            .Rule(CloseBrace(), (lx, m) =>
            {
                lx.Token(Punctuation, m.Value);
                lx.Pop();
                if (lx.IsState("value"))
                {
                    lx.Pop();
                }
            })
            .Rule(Alias(), [TokenTypes.Name, Whitespace, Punctuation], "value")
            .Mixin("basic");
        d.State("value")
            .Rule(BlockString(), StrDouble)
            .Rule(Variable(), PopUnlessList(NameVariable))
            .Rule(Constant(), PopUnlessList(KeywordConstant))
            .Rule(Float(), PopUnlessList(NumFloat))
            .Rule(Integer(), PopUnlessList(NumInteger))
            .Rule(StringLiteral(), PopUnlessList(StrDouble))
            .Rule(Name(), PopUnlessList(TokenTypes.Name))
            .Rule(OpenBrace(), Punctuation, "object")
            .Rule(OpenBracket(), Punctuation, "list")
            .Mixin("basic");
        return d.Build();
    }

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
