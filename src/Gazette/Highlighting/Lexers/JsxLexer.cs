using System.Text.RegularExpressions;
using static Gazette.Highlighting.TokenTypes;

namespace Gazette.Highlighting.Lexers;

/// <summary>
/// Rouge's JSX lexer (rouge/lexers/jsx.rb): the JavaScript lexer where an expression may be an element, whose
/// text children go to the HTML lexer and whose braces hold JavaScript.
/// </summary>
internal sealed partial class JsxLexer : JavascriptLexer
{
    private static readonly LexerDefinition JsxStates = BuildJsxDefinition();

    private HtmlLexer _html = new();

    protected override LexerDefinition Definition => JsxStates;

    protected override void OnStart()
    {
        _html = new HtmlLexer();
        Push("expr_start");
    }

    private static LexerDefinition BuildJsxDefinition()
    {
        var d = new LexerDefinitionBuilder<JavascriptLexer>();
        DefineStates(d);
        d.Prepend("expr_start").Mixin("tag");
        d.State("tag").Rule(TagOpen(), (lx, m) =>
        {
            lx.Token(Punctuation, m.Value);
            lx.Push("tag_opening");
            lx.Push("element");
            lx.Push("element_name");
        });
        d.State("tag_opening")
            .Rule(ClosingTagOpen(), (lx, m) =>
            {
                lx.Token(Punctuation, m.Value);
                lx.Goto("element");
                lx.Push("element_name");
            })
            .Mixin("tag")
            .Rule(JsxOpenBrace(), Interpolate)
            .Rule(ElementText(), (lx, m) => lx.Delegate(((JsxLexer)lx)._html, m.Value));
        d.State("element")
            .Mixin("comments_and_whitespace")
            .Rule(SelfClose(), (lx, m) =>
            {
                lx.Token(Punctuation, m.Value);
                lx.Pop(2);
            })
            .Rule(TagClose(), Punctuation, "#pop")
            .Rule(JsxOpenBrace(), Interpolate)
            .Rule(AttributeName(), NameAttribute)
            .Rule(EqualsSign(), Punctuation)
            .Rule(QuotedValue(), Str);
        d.State("element_name")
            .Rule(ComponentName(), NameClass)
            .Rule(TagName(), NameTag)
            .Rule(Dot(), Punctuation)
            .Rule(JsxEmpty(), (lx, _) => lx.Pop());
        d.State("interpol")
            .Rule(JsxCloseBrace(), StrInterpol, "#pop")
            .Rule(JsxOpenBrace(), (lx, m) =>
            {
                lx.Token(Punctuation, m.Value);
                lx.Push("interpol_inner");
                lx.Push("statement");
            })
            .Mixin("root");
        d.State("interpol_inner")
            .Rule(JsxCloseBrace(), (lx, m) =>
            {
                lx.Token(Punctuation, m.Value);
                lx.Goto("statement");
            })
            .Mixin("root");
        return d.Build();
    }

    private static void Interpolate(JavascriptLexer lexer, Match m)
    {
        lexer.Token(StrInterpol, m.Value);
        lexer.Push("interpol");
        lexer.Push("expr_start");
    }

    [GeneratedRegex(@"\G<")]
    private static partial Regex TagOpen();
    [GeneratedRegex(@"\G</")]
    private static partial Regex ClosingTagOpen();
    [GeneratedRegex(@"\G\{")]
    private static partial Regex JsxOpenBrace();
    [GeneratedRegex(@"\G}")]
    private static partial Regex JsxCloseBrace();
    [GeneratedRegex(@"\G[^<{]+")]
    private static partial Regex ElementText();
    [GeneratedRegex(@"\G/>")]
    private static partial Regex SelfClose();
    [GeneratedRegex(@"\G>")]
    private static partial Regex TagClose();
    [GeneratedRegex(@"\G\w[\w-]*")]
    private static partial Regex AttributeName();
    [GeneratedRegex(@"\G=")]
    private static partial Regex EqualsSign();
    [GeneratedRegex(@"\G([""']).*?(\1)")]
    private static partial Regex QuotedValue();
    [GeneratedRegex(@"\G[A-Z]\w*")]
    private static partial Regex ComponentName();
    [GeneratedRegex(@"\G\w+")]
    private static partial Regex TagName();
    [GeneratedRegex(@"\G\.")]
    private static partial Regex Dot();
    [GeneratedRegex(@"\G")]
    private static partial Regex JsxEmpty();
}
