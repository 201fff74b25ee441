using System.Text.RegularExpressions;
using static Gazette.Highlighting.TokenTypes;

namespace Gazette.Highlighting.Lexers;

/// <summary>
/// Rouge's ERB lexer (rouge/lexers/erb.rb): Ruby between <c>&lt;%</c> and <c>%&gt;</c>, the rest to the parent
/// lexer (HTML unless the <c>parent</c> option names another).
/// </summary>
internal sealed partial class ErbLexer : RegexLexer
{
    private const string Open = "<%%|<%=|<%#|<%-|<%";
    private const string Close = "%%>|-%>|%>";

    private static readonly LexerDefinition States = Define();

    private readonly RubyLexer _ruby = new();
    private readonly Lexer _parent;

    public ErbLexer(LexerOptions options) =>
        _parent = (options.String("parent") is { } parent ? LexerRegistry.Create(parent) : null) ?? new HtmlLexer();

    protected override LexerDefinition Definition => States;

    protected override void OnStart()
    {
        _parent.Reset();
        _ruby.Reset();
    }

    private static LexerDefinition Define()
    {
        var d = new LexerDefinitionBuilder<ErbLexer>();
        d.State("root")
            .Rule(CommentOpen(), Comment, "comment")
            .Rule(OpenTag(), CommentPreproc, "ruby")
            .Rule(Template(), (lx, m) => lx.Delegate(lx._parent, m.Value));
        d.State("comment")
            .Rule(CloseTag(), Comment, "#pop")
            .Rule(Body(), Comment);
        d.State("ruby")
            .Rule(CloseTag(), CommentPreproc, "#pop")
            .Rule(Body(), (lx, m) => lx.Delegate(lx._ruby, m.Value));
        return d.Build();
    }

    [GeneratedRegex(@"\G<%#")]
    private static partial Regex CommentOpen();
    [GeneratedRegex(@"\G(?:" + Open + ")")]
    private static partial Regex OpenTag();
    [GeneratedRegex(@"\G(?:.+?(?=" + Open + ")|.+)", RegexOptions.Singleline)]
    private static partial Regex Template();
    [GeneratedRegex(@"\G(?:" + Close + ")")]
    private static partial Regex CloseTag();
    [GeneratedRegex(@"\G(?:.+?(?=" + Close + ")|.+)", RegexOptions.Singleline)]
    private static partial Regex Body();
}
