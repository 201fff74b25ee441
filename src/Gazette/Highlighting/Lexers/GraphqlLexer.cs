using System.Text.RegularExpressions;
using static Gazette.Highlighting.TokenTypes;

namespace Gazette.Highlighting.Lexers;

/// <summary>Rouge's GraphQL lexer (rouge/lexers/graphql.rb); block descriptions are lexed as Markdown.</summary>
internal sealed partial class GraphqlLexer : RegexLexer
{
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
}
