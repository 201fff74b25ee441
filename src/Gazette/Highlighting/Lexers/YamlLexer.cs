using System.Text.RegularExpressions;
using static Gazette.Highlighting.TokenTypes;

namespace Gazette.Highlighting.Lexers;

/// <summary>Rouge's YAML lexer (rouge/lexers/yaml.rb), which tracks block indentation to find plain scalars.</summary>
internal sealed partial class YamlLexer : RegexLexer
{
    private static readonly LexerDefinition States = Define();

    private readonly List<int> _indentStack = [0];
    private int _nextIndent;
    private int? _blockScalarIndent;

    protected override LexerDefinition Definition => States;

    private int Indent => _indentStack[^1];

    protected override void OnStart() => ResetIndent();

    private void ResetIndent()
    {
        _indentStack.Clear();
        _indentStack.Add(0);
        _nextIndent = 0;
        _blockScalarIndent = null;
    }

    /// <summary>Rouge: YAML#save_indent; returns the part within the current indentation and the excess.</summary>
    private (string Text, string Excess) SaveIndent(string match)
    {
        _nextIndent = match.Length;
        if (_nextIndent >= Indent)
        {
            return (match, "");
        }

        while (_nextIndent < Indent)
        {
            _indentStack.RemoveAt(_indentStack.Count - 1);
        }

        return (match[..Math.Min(Indent, match.Length)], Indent < match.Length ? match[Indent..] : "");
    }

    private void SetIndent(string match, bool implicitIndent)
    {
        if (Indent < _nextIndent)
        {
            _indentStack.Add(_nextIndent);
        }

        if (!implicitIndent)
        {
            _nextIndent += match.Length;
        }
    }

    private static LexerDefinition Define()
    {
        var d = new LexerDefinitionBuilder<YamlLexer>();
        d.State("basic").Rule(HashComment(), CommentSingle);
        d.State("root")
            .Mixin("basic")
            .Rule(Newlines(), Text)
            .Rule(BlankBeforeComment(), Text)
            .Rule(YamlDirective(), (lx, m) => lx.Directive(m, "yaml_directive"))
            .Rule(TagDirective(), (lx, m) => lx.Directive(m, "tag_directive"))
            .Rule(DocumentMarker(), (lx, m) =>
            {
                lx.Token(NameNamespace, m.Value);
                lx.ResetIndent();
                lx.Push("block_line");
            })
            .Rule(LineIndent(), (lx, m) =>
            {
                var (text, excess) = lx.SaveIndent(m.Value);
                lx.Token(Text, text);
                lx.Token(Error, excess);
                lx.Push("block_line");
                lx.Push("indentation");
            });
        d.State("indentation")
            .Rule(BlankLine(), (lx, m) =>
            {
                lx.Token(Text, m.Value);
                lx.Pop(2);
            })
            .Rule(SpacesBeforeIndicator(), (lx, m) =>
            {
                lx.Token(Text, m.Value);
                lx._nextIndent += m.Length;
            })
            .Rule(Indicator(), (lx, m) =>
            {
                lx.SetIndent(m.Value, implicitIndent: false);
                lx.Token(PunctuationIndicator, m.Value);
            })
            .Rule(OptionalSpaces(), (lx, m) =>
            {
                lx.Token(Text, m.Value);
                lx._nextIndent += m.Length;
                lx.Pop();
            });
        d.State("block_line")
            .Rule(SpacesBeforeCommentOrEnd(), Text, "#pop")
            .Rule(Spaces(), Text)
            .Mixin("descriptors")
            .Mixin("block_nodes")
            .Mixin("flow_nodes")
            .Rule(BeforePlainScalar(), (lx, m) =>
            {
                lx.Token(NameVariable, m.Value);
                lx.Push("plain_scalar_in_block_context");
            });
        d.State("descriptors")
            .Rule(VerbatimTag(), KeywordType)
            .Rule(Tag(), KeywordType)
            .Rule(Anchor(), NameLabel)
            .Rule(Alias(), NameVariable);
        d.State("block_nodes")
            .Rule(Key(), (lx, m) =>
            {
                lx.Groups(m, NameAttribute, PunctuationIndicator);
                lx.SetIndent(m.Value, implicitIndent: true);
            })
            .Rule(BlockScalarIndicator(), (lx, m) =>
            {
                lx.Token(PunctuationIndicator, m.Value);
                lx.Push("block_scalar_content");
                lx.Push("block_scalar_header");
            });
        d.State("flow_nodes")
            .Rule(OpenBracket(), PunctuationIndicator, "flow_sequence")
            .Rule(OpenBrace(), PunctuationIndicator, "flow_mapping")
            .Rule(SingleQuote(), StrSingle, "single_quoted_scalar")
            .Rule(DoubleQuote(), StrDouble, "double_quoted_scalar");
        d.State("flow_collection")
            .Rule(Whitespace(), Text)
            .Mixin("basic")
            .Rule(FlowIndicator(), PunctuationIndicator)
            .Mixin("descriptors")
            .Mixin("flow_nodes")
            .Rule(BeforeFlowScalar(), (lx, _) => lx.Push("plain_scalar_in_flow_context"));
        d.State("flow_sequence")
            .Rule(CloseBracket(), PunctuationIndicator, "#pop")
            .Mixin("flow_collection");
        d.State("flow_mapping")
            .Rule(CloseBrace(), PunctuationIndicator, "#pop")
            .Mixin("flow_collection");
        DefineScalars(d);
        return d.Build();
    }

    private void Directive(Match m, string state)
    {
        Token(NameTag, m.Value);
        ResetIndent();
        Push(state);
    }
}
