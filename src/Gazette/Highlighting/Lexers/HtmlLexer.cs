using System.Text.RegularExpressions;
using static Gazette.Highlighting.TokenTypes;

namespace Gazette.Highlighting.Lexers;

/// <summary>Rouge's HTML lexer (rouge/lexers/html.rb); script and style bodies go to the JavaScript and CSS lexers.</summary>
internal sealed partial class HtmlLexer : RegexLexer
{
    private const string TagName = @"[\p{L}:_-][\p{L}\p{M}\p{Nd}\p{Pc}\p{Cf}:.·-]*";

    private static readonly LexerDefinition States = Define();

    private JavascriptLexer _javascript = new();
    private CssLexer _css = new();

    protected override LexerDefinition Definition => States;

    protected override void OnStart()
    {
        _javascript = new JavascriptLexer();
        _css = new CssLexer();
    }

    private static LexerDefinition Define()
    {
        var d = new LexerDefinitionBuilder<HtmlLexer>();
        d.State("root")
            .Rule(TextChars(), Text)
            .Rule(Entity(), NameEntity)
            .Rule(Doctype(), CommentPreproc)
            .Rule(CData(), CommentPreproc)
            .Rule(CommentStart(), Comment, "comment")
            .Rule(ProcessingInstruction(), CommentPreproc)
            .Rule(ScriptStart(), (lx, m) =>
            {
                lx.Token(NameTag, m.Value);
                lx._javascript.Reset();
                lx.Push("script_content");
                lx.Push("tag");
            })
            .Rule(StyleStart(), (lx, m) =>
            {
                lx.Token(NameTag, m.Value);
                lx._css.Reset();
                lx.Push("style_content");
                lx.Push("tag");
            })
            .Rule(EndTagStart(), NameTag, "tag_end")
            .Rule(LessThan(), NameTag, "tag_start")
            .Rule(OpenTag(), NameTag, "tag")
            .Rule(CloseTag(), NameTag);
        d.State("tag_end")
            .Mixin("tag_end_end")
            .Rule(Name(), (lx, m) =>
            {
                lx.Token(NameTag, m.Value);
                lx.Goto("tag_end_end");
            });
        d.State("tag_end_end")
            .Rule(Spaces(), Text)
            .Rule(GreaterThan(), NameTag, "#pop");
        d.State("tag_start")
            .Rule(Spaces(), Text)
            .Rule(Name(), (lx, m) =>
            {
                lx.Token(NameTag, m.Value);
                lx.Goto("tag");
            })
            .Rule(Empty(), (lx, _) => lx.Goto("tag"));
        d.State("comment")
            .Rule(CommentChars(), Comment)
            .Rule(CommentEnd(), Comment, "#pop")
            .Rule(Dash(), Comment);
        d.State("tag")
            .Rule(Spaces(), Text)
            .Rule(AttributeWithValue(), NameAttribute, "attr")
            .Rule(Attribute(), NameAttribute)
            .Rule(TagEnd(), NameTag, "#pop");
        d.State("attr")
            .Rule(DoubleQuote(), (lx, m) =>
            {
                lx.Token(Str, m.Value);
                lx.Goto("dq");
            })
            .Rule(SingleQuote(), (lx, m) =>
            {
                lx.Token(Str, m.Value);
                lx.Goto("sq");
            })
            .Rule(Unquoted(), Str, "#pop");
        d.State("dq")
            .Rule(DoubleQuote(), Str, "#pop")
            .Rule(DoubleQuotedChars(), Str);
        d.State("sq")
            .Rule(SingleQuote(), Str, "#pop")
            .Rule(SingleQuotedChars(), Str);
        d.State("script_content")
            .Rule(NotLessThan(), (lx, m) => lx.Delegate(lx._javascript, m.Value))
            .Rule(ScriptEnd(), NameTag, "#pop")
            .Rule(LessThan(), (lx, m) => lx.Delegate(lx._javascript, m.Value));
        d.State("style_content")
            .Rule(NotLessThan(), (lx, m) => lx.Delegate(lx._css, m.Value))
            .Rule(StyleEnd(), NameTag, "#pop")
            .Rule(LessThan(), (lx, m) => lx.Delegate(lx._css, m.Value));
        return d.Build();
    }

    [GeneratedRegex(@"\G[^<&]+")]
    private static partial Regex TextChars();
    [GeneratedRegex(@"\G&\S*?;")]
    private static partial Regex Entity();
    [GeneratedRegex(@"\G<!DOCTYPE .*?>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Doctype();
    [GeneratedRegex(@"\G<!\[CDATA\[.*?\]\]>", RegexOptions.Singleline)]
    private static partial Regex CData();
    [GeneratedRegex(@"\G<!--")]
    private static partial Regex CommentStart();
    [GeneratedRegex(@"\G<\?.*?\?>", RegexOptions.Singleline)]
    private static partial Regex ProcessingInstruction();
    [GeneratedRegex(@"\G<\s*script\s*")]
    private static partial Regex ScriptStart();
    [GeneratedRegex(@"\G<\s*style\s*")]
    private static partial Regex StyleStart();
    [GeneratedRegex(@"\G</")]
    private static partial Regex EndTagStart();
    [GeneratedRegex(@"\G<")]
    private static partial Regex LessThan();
    [GeneratedRegex(@"\G<\s*" + TagName)]
    private static partial Regex OpenTag();
    [GeneratedRegex(@"\G<\s*/\s*" + TagName + @"\s*>")]
    private static partial Regex CloseTag();
    [GeneratedRegex(@"\G" + TagName)]
    private static partial Regex Name();
    [GeneratedRegex(@"\G\s+")]
    private static partial Regex Spaces();
    [GeneratedRegex(@"\G>")]
    private static partial Regex GreaterThan();
    [GeneratedRegex(@"\G")]
    private static partial Regex Empty();
    [GeneratedRegex(@"\G[^-]+")]
    private static partial Regex CommentChars();
    [GeneratedRegex(@"\G-->")]
    private static partial Regex CommentEnd();
    [GeneratedRegex(@"\G-")]
    private static partial Regex Dash();
    [GeneratedRegex(@"\G[\p{L}:_\[\]()*.-][\p{L}\p{M}\p{Nd}\p{Pc}\p{Cf}:.·\[\]()*-]*\s*=\s*")]
    private static partial Regex AttributeWithValue();
    [GeneratedRegex(@"\G[\p{L}:_*#-][\p{L}\p{M}\p{Nd}\p{Pc}\p{Cf}:.·*#-]*")]
    private static partial Regex Attribute();
    [GeneratedRegex(@"\G/?\s*>")]
    private static partial Regex TagEnd();
    [GeneratedRegex(@"\G""")]
    private static partial Regex DoubleQuote();
    [GeneratedRegex(@"\G'")]
    private static partial Regex SingleQuote();
    [GeneratedRegex(@"\G[^\s>]+")]
    private static partial Regex Unquoted();
    [GeneratedRegex(@"\G[^""]+")]
    private static partial Regex DoubleQuotedChars();
    [GeneratedRegex(@"\G[^']+")]
    private static partial Regex SingleQuotedChars();
    [GeneratedRegex(@"\G[^<]+")]
    private static partial Regex NotLessThan();
    [GeneratedRegex(@"\G<\s*/\s*script\s*>")]
    private static partial Regex ScriptEnd();
    [GeneratedRegex(@"\G<\s*/\s*style\s*>")]
    private static partial Regex StyleEnd();
}
