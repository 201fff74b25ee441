using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using static Gazette.Highlighting.TokenTypes;

namespace Gazette.Highlighting.Lexers;

/// <summary>
/// Percent literals (<c>%w[...]</c>, <c>%r{...}</c>, <c>%(...)</c>) of <see cref="RubyLexer"/>. Rouge builds a
/// state for each literal from its delimiters; Gazette builds it once per delimiter and kind and caches it.
/// </summary>
internal partial class RubyLexer
{
    private static readonly ConcurrentDictionary<(LexerDefinition Definition, string Open, bool Interpolates, string Token), LexerState>
        SigilStates = new();

    /// <summary>
    /// Rouge: the <c>sigil_strings</c> state in rouge/lexers/ruby.rb: <c>%r</c> is a regex followed by flags,
    /// r/Q/W/x/I interpolate, and only asymmetric delimiters (brackets) nest.
    /// </summary>
    private void StartSigilString(Match m)
    {
        var kind = m.Groups[1].Value;
        var token = StrOther;
        if (kind == "r")
        {
            token = StrRegex;
            Push("regex_flags");
        }

        Token(token, m.Value);
        var interpolates = kind.Length == 1 && "rQWxI".Contains(kind[0], StringComparison.Ordinal);
        Push(SigilStates.GetOrAdd((Definition, m.Groups[2].Value, interpolates, token), BuildSigilState));
    }

    private static LexerState BuildSigilState(
        (LexerDefinition Definition, string Open, bool Interpolates, string Token) key)
    {
        var (definition, openText, interpolates, token) = key;
        var closeText = openText switch
        {
            "{" => "}",
            "[" => "]",
            "(" => ")",
            "<" => ">",
            _ => openText,
        };
        var open = EscapeForRegex(openText);
        var close = EscapeForRegex(closeText);
        var chars = openText == "#" ? "" : open + close;
        var rules = new List<LexerRule>
        {
            LexerRule.Match(SigilRegex(@"\G\\[#" + chars + @"\\]"), (lx, m) => lx.Token(StrEscape, m.Value)),
        };
        if (openText != closeText)
        {
            rules.Add(LexerRule.Match(SigilRegex(@"\G" + open), (lx, m) =>
            {
                lx.Token(token, m.Value);
                lx.PushCurrent();
            }));
        }

        rules.Add(LexerRule.Match(SigilRegex(@"\G" + close), (lx, m) =>
        {
            lx.Token(token, m.Value);
            lx.Pop();
        }));
        if (interpolates)
        {
            rules.Add(LexerRule.MixinOf("string_intp_escaped"));
            rules[^1].Mixin = definition.Get("string_intp_escaped");
            rules.Add(LexerRule.Match(SigilRegex(@"\G#"), (lx, m) => lx.Token(token, m.Value)));
        }
        else
        {
            rules.Add(LexerRule.Match(BackslashOrHash(), (lx, m) => lx.Token(token, m.Value)));
        }

        rules.Add(LexerRule.Match(SigilRegex(@"\G[^#" + chars + @"\\]+"), (lx, m) => lx.Token(token, m.Value)));
        return new LexerState("sigil " + openText, [.. rules]);
    }

    // Built once per delimiter, then cached with the state.
    private static Regex SigilRegex(string pattern) => new(pattern, RegexOptions.CultureInvariant);

    /// <summary>Escapes a delimiter so it is literal both alone and inside a character class.</summary>
    private static string EscapeForRegex(string text)
    {
        var escaped = new StringBuilder(text.Length * 2);
        foreach (var c in text)
        {
            escaped.Append('\\').Append(c);
        }

        return escaped.ToString();
    }
}
