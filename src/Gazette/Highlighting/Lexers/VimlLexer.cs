using System.Text.RegularExpressions;
using static Gazette.Highlighting.TokenTypes;

namespace Gazette.Highlighting.Lexers;

/// <summary>Rouge's Vim script lexer (rouge/lexers/viml.rb).</summary>
internal sealed partial class VimlLexer : RegexLexer
{
    private static readonly LexerDefinition States = Define();

    protected override LexerDefinition Definition => States;

    private static LexerDefinition Define()
    {
        var d = new LexerDefinitionBuilder<VimlLexer>();
        d.State("root")
            .Rule(CommentLine(), [Text, Comment])
            .Rule(LineContinuation(), StrEscape)
            .Rule(Blank(), Text)
            .Rule(Pattern(), StrRegex)
            .Rule(DoubleQuoted(), StrDouble)
            .Rule(SingleQuoted(), StrSingle)
            .Rule(TrailingComment(), Comment)
            .Rule(Number(), Num)
            .Rule(Color(), NumHex)
            .Rule(LeadingColon(), Punctuation)
            .Rule(PunctuationChar(), Punctuation)
            .Rule(KeywordPattern(), Keyword)
            .Rule(Builtin(), NameBuiltin)
            .Rule(ScopedVariable(), NameVariable)
            .Rule(Word(), (lx, m) =>
            {
                var name = m.Value;
                var token = VimlKeywords.Commands.Contains(name) ? Keyword
                    : VimlKeywords.Functions.Contains(name) || VimlKeywords.Options.Contains(name) || VimlKeywords.AutoEvents.Contains(name)
                        ? NameBuiltin
                    : Text;
                lx.Token(token, name);
            })
            .Rule(AnyChar(), Text);
        return d.Build();
    }

    [GeneratedRegex(@"\G^(\s*)("".*?)$", RegexOptions.Multiline)]
    private static partial Regex CommentLine();
    [GeneratedRegex(@"\G^\s*\\", RegexOptions.Multiline)]
    private static partial Regex LineContinuation();
    [GeneratedRegex(@"\G[ \t]+")]
    private static partial Regex Blank();
    [GeneratedRegex(@"\G/(\\\\|\\/|[^\n/])*/")]
    private static partial Regex Pattern();
    [GeneratedRegex(@"\G""(\\\\|\\""|[^\n""])*""")]
    private static partial Regex DoubleQuoted();
    [GeneratedRegex(@"\G'(\\\\|\\'|[^\n'])*'")]
    private static partial Regex SingleQuoted();
    // The lookbehind cannot see before the scan position, so this never matches (as in Rouge).
    [GeneratedRegex(@"\G(?<=\s)""[^-:.%#=*].*?$", RegexOptions.Multiline)]
    private static partial Regex TrailingComment();
    [GeneratedRegex(@"\G-?\d+")]
    private static partial Regex Number();
    [GeneratedRegex(@"\G#[0-9a-f]{6}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Color();
    [GeneratedRegex(@"\G^:", RegexOptions.Multiline)]
    private static partial Regex LeadingColon();
    [GeneratedRegex(@"\G[():<>+=!\[\]{}\|,~.-]")]
    private static partial Regex PunctuationChar();
    [GeneratedRegex(@"\G\b(let|if|else|endif|elseif|fun|function|endfunction)\b")]
    private static partial Regex KeywordPattern();
    [GeneratedRegex(@"\G\b(NONE|bold|italic|underline|dark|light)\b")]
    private static partial Regex Builtin();
    [GeneratedRegex(@"\G[absg]:\w+\b")]
    private static partial Regex ScopedVariable();
    [GeneratedRegex(@"\G\b\w+\b")]
    private static partial Regex Word();
    [GeneratedRegex(@"\G.", RegexOptions.Singleline)]
    private static partial Regex AnyChar();
}
