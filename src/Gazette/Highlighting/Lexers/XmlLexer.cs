using System.Text.RegularExpressions;
using static Gazette.Highlighting.TokenTypes;

namespace Gazette.Highlighting.Lexers;

/// <summary>Rouge's XML lexer (rouge/lexers/xml.rb).</summary>
internal sealed partial class XmlLexer : RegexLexer
{
    private const string TagName = @"[\p{L}:_][\p{L}\p{M}\p{Nd}\p{Pc}\p{Cf}:.·-]*";

    private static readonly LexerDefinition States = Define();

    protected override LexerDefinition Definition => States;

    private static LexerDefinition Define()
    {
        var d = new LexerDefinitionBuilder<XmlLexer>();
        d.State("root")
            .Rule(TextChars(), Text)
            .Rule(Entity(), NameEntity)
            .Rule(CData(), CommentPreproc)
            .Rule(CommentStart(), Comment, "comment")
            .Rule(ProcessingInstruction(), CommentPreproc)
            .Rule(Declaration(), CommentPreproc)
            .Rule(OpenTag(), NameTag, "tag")
            .Rule(CloseTag(), NameTag);
        d.State("comment")
            .Rule(CommentChars(), Comment)
            .Rule(CommentEnd(), Comment, "#pop")
            .Rule(Dash(), Comment);
        d.State("tag")
            .Rule(Spaces(), Text)
            .Rule(Attribute(), NameAttribute, "attr")
            .Rule(TagEnd(), NameTag, "#pop");
        d.State("attr")
            .Rule(Spaces(), Text)
            .Rule(Value(), Str, "#pop");
        return d.Build();
    }

    [GeneratedRegex(@"\G[^<&]+")]
    private static partial Regex TextChars();
    [GeneratedRegex(@"\G&\S*?;")]
    private static partial Regex Entity();
    [GeneratedRegex(@"\G<!\[CDATA\[.*?\]\]\>")]
    private static partial Regex CData();
    [GeneratedRegex(@"\G<!--")]
    private static partial Regex CommentStart();
    [GeneratedRegex(@"\G<\?.*?\?>")]
    private static partial Regex ProcessingInstruction();
    [GeneratedRegex(@"\G<![^>]*>")]
    private static partial Regex Declaration();
    [GeneratedRegex(@"\G<\s*" + TagName)]
    private static partial Regex OpenTag();
    [GeneratedRegex(@"\G<\s*/\s*" + TagName + @"\s*>")]
    private static partial Regex CloseTag();
    [GeneratedRegex(@"\G[^-]+")]
    private static partial Regex CommentChars();
    [GeneratedRegex(@"\G-->")]
    private static partial Regex CommentEnd();
    [GeneratedRegex(@"\G-")]
    private static partial Regex Dash();
    [GeneratedRegex(@"\G\s+")]
    private static partial Regex Spaces();
    [GeneratedRegex(@"\G" + TagName + @"\s*=")]
    private static partial Regex Attribute();
    [GeneratedRegex(@"\G/?\s*>")]
    private static partial Regex TagEnd();
    [GeneratedRegex(@"\G(?:"".*?""|'.*?'|[^\s>]+)", RegexOptions.Singleline)]
    private static partial Regex Value();
}
