using System.Text.RegularExpressions;
using static Gazette.Highlighting.TokenTypes;

namespace Gazette.Highlighting.Lexers;

/// <summary>Rouge's unified diff lexer (rouge/lexers/diff.rb).</summary>
internal sealed partial class DiffLexer : RegexLexer
{
    private static readonly LexerDefinition States = Define();

    protected override LexerDefinition Definition => States;

    private static LexerDefinition Define()
    {
        var d = new LexerDefinitionBuilder<DiffLexer>();
        d.State("root")
            .Rule(Context(), Text)
            .Rule(Separator(), Punctuation)
            .Rule(Added(), GenericInserted)
            .Rule(Plus(), GenericInserted)
            .Rule(Removed(), GenericDeleted)
            .Rule(Changed(), GenericStrong)
            .Rule(Header(), GenericHeading)
            .Rule(Hunk(), [Punctuation, Text])
            .Rule(Word(), Punctuation)
            .Rule(EqualsLine(), GenericHeading)
            .Rule(Space(), Text);
        return d.Build();
    }

    [GeneratedRegex(@"\G^ .*$\n?", RegexOptions.Multiline)]
    private static partial Regex Context();

    [GeneratedRegex(@"\G^---$\n?", RegexOptions.Multiline)]
    private static partial Regex Separator();

    [GeneratedRegex(@"\G^[+>]+.*$\n?", RegexOptions.Multiline)]
    private static partial Regex Added();

    [GeneratedRegex(@"\G^\+.*$\n?", RegexOptions.Multiline)]
    private static partial Regex Plus();

    [GeneratedRegex(@"\G^[-<]+.*$\n?", RegexOptions.Multiline)]
    private static partial Regex Removed();

    [GeneratedRegex(@"\G^!.*$\n?", RegexOptions.Multiline)]
    private static partial Regex Changed();

    [GeneratedRegex(@"\G^([Ii]ndex|diff).*$\n?", RegexOptions.Multiline)]
    private static partial Regex Header();

    [GeneratedRegex(@"\G^(@@[^@]*@@)([^\n]*\n)", RegexOptions.Multiline)]
    private static partial Regex Hunk();

    [GeneratedRegex(@"\G^\w.*$\n?", RegexOptions.Multiline)]
    private static partial Regex Word();

    [GeneratedRegex(@"\G^=.*$\n?", RegexOptions.Multiline)]
    private static partial Regex EqualsLine();

    [GeneratedRegex(@"\G\s.*$\n?", RegexOptions.Multiline)]
    private static partial Regex Space();
}
