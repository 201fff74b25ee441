using System.Text.RegularExpressions;

namespace Gazette.Highlighting;

/// <summary>What a rule does once its pattern has matched: yield tokens and move the state stack.</summary>
internal delegate void RuleAction(RegexLexer lexer, Match match);

/// <summary>
/// One rule of a lexer state: a pattern anchored with <c>\G</c> and its action, or a mixin of another state
/// whose rules are tried in its place (Rouge's <c>mixin</c>).
/// </summary>
internal sealed class LexerRule
{
    private LexerRule(Regex? pattern, RuleAction? action, string? mixinName)
    {
        Pattern = pattern;
        Action = action;
        MixinName = mixinName;
        // Rouge: RegexLexer::Rule (rouge/regex_lexer.rb) only tries a rule whose source starts with ^ at the start
        // of a line, because the scanner treats the current position as the start of the string.
        BeginningOfLine = pattern is not null && pattern.ToString().StartsWith(@"\G^", StringComparison.Ordinal);
        FirstChars = pattern is null ? null : FirstCharAnalyzer.Analyze(pattern);
    }

    public Regex? Pattern { get; }

    public RuleAction? Action { get; }

    public string? MixinName { get; }

    public bool BeginningOfLine { get; }

    /// <summary>The characters a match can start with, when known; other positions need not run the pattern.</summary>
    public FirstCharSet? FirstChars { get; }

    /// <summary>The mixed-in state, resolved when the lexer definition is built.</summary>
    public LexerState? Mixin { get; set; }

    public static LexerRule Match(Regex pattern, RuleAction action)
    {
        Validate(pattern);
        return new LexerRule(pattern, action, null);
    }

    public static LexerRule MixinOf(string state) => new(null, null, state);

    /// <summary>
    /// Catches porting slips early: every pattern must be anchored with \G and must not alternate at its top
    /// level (the anchor would bind to the first branch only), and one using ^ or $ needs Multiline because
    /// Ruby's anchors are always line anchors.
    /// </summary>
    private static void Validate(Regex pattern)
    {
        var source = pattern.ToString();
        if (!source.StartsWith(@"\G", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Lexer pattern is not anchored with \\G: {source}");
        }

        var (anchors, topLevelBar) = Scan(source);
        if (topLevelBar)
        {
            throw new InvalidOperationException($"Lexer pattern alternates outside a group: {source}");
        }

        if (anchors && (pattern.Options & RegexOptions.Multiline) == 0)
        {
            throw new InvalidOperationException($"Lexer pattern uses ^ or $ without Multiline: {source}");
        }
    }

    private static (bool Anchors, bool TopLevelBar) Scan(string source)
    {
        var (anchors, bar, depth, inClass) = (false, false, 0, false);
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (c == '\\')
            {
                i++;
            }
            else if (inClass)
            {
                inClass = c != ']';
            }
            else if (c == '[')
            {
                inClass = true;
                // A leading ] or ^] is literal inside the class.
                if (i + 1 < source.Length && source[i + 1] == '^')
                {
                    i++;
                }

                if (i + 1 < source.Length && source[i + 1] == ']')
                {
                    i++;
                }
            }
            else
            {
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                anchors |= c is '^' or '$';
                bar |= c == '|' && depth == 0;
            }
        }

        return (anchors, bar);
    }
}
