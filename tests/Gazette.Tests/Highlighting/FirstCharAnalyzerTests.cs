using System.Text.RegularExpressions;
using Gazette.Highlighting;

namespace Gazette.Tests.Highlighting;

public class FirstCharAnalyzerTests
{
    [Theory]
    [InlineData(@"\G[a-c]x", "abc", "dx\n")]
    [InlineData(@"\G(?:ab|cd)", "ac", "bd")]
    [InlineData(@"\G(?=x)y", "y", "x")]
    [InlineData(@"\G[ru]{0,2}""", "ru\"", "x'")]
    [InlineData(@"\G[^\S\n]+", " \t\u00a0", "\na")]
    [InlineData(@"\G\p{Lu}\w*", "AÉ", "a1_")]
    [InlineData(@"\G[$]{", "$", "{")]
    [InlineData(@"\G\\[nrt'""\\0]?", "\\", "n")]
    [InlineData(@"\G(?<!\.)`", "`", ".")]
    [InlineData(@"\G(?i:e)[+-]?\d", "eE", "d+")]
    [InlineData(@"\G\d+(?=\s)", "09٣", "a ")]
    public void Lists_the_characters_a_match_can_start_with(string pattern, string starts, string others)
    {
        var first = FirstCharAnalyzer.Analyze(new Regex(pattern));

        Assert.NotNull(first);
        Assert.All(starts, c => Assert.True(first.Value.Contains(c), $"'{c}' should be possible"));
        Assert.All(others, c => Assert.False(first.Value.Contains(c), $"'{c}' should be impossible"));
    }

    [Fact]
    public void Ignore_case_adds_the_other_case_and_non_ascii_folds()
    {
        var first = FirstCharAnalyzer.Analyze(new Regex(@"\Gk", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));

        Assert.NotNull(first);
        Assert.True(first.Value.Contains('k'));
        Assert.True(first.Value.Contains('K'));
        Assert.True(first.Value.Contains('\u212A'));
        Assert.False(first.Value.Contains('j'));
    }

    [Theory]
    [InlineData(@"\G[ ]*")]
    [InlineData(@"\G")]
    [InlineData(@"\G(?=\n)")]
    [InlineData(@"\G.+")]
    [InlineData(@"\G(a?)\1b")]
    [InlineData(@"\G(?:[^*/]+|[*/])")]
    [InlineData(@"\G\p{IsGreek}")]
    public void Gives_up_on_patterns_that_may_start_anywhere(string pattern)
    {
        Assert.Null(FirstCharAnalyzer.Analyze(new Regex(pattern)));
    }

    public static TheoryData<string, string> RegexLexerFixtures()
    {
        var data = new TheoryData<string, string>();
        foreach (var (language, file) in HighlightFixtures.Sources())
        {
            if (LexerRegistry.Create(language) is RegexLexer)
            {
                data.Add(language, file);
            }
        }

        return data;
    }

    /// <summary>
    /// Soundness over real text: wherever a rule's pattern matches in a fixture of its language, the analyzed
    /// first characters include the character there.
    /// </summary>
    [Theory]
    [MemberData(nameof(RegexLexerFixtures))]
    public void Never_excludes_a_character_where_the_pattern_matches(string language, string file)
    {
        var lexer = (RegexLexer)LexerRegistry.Create(language)!;
        var text = HighlightFixtures.Read(file);
        foreach (var rule in lexer.Rules.States.SelectMany(s => s.Rules))
        {
            if (rule.Pattern is null || rule.FirstChars is not { } first)
            {
                continue;
            }

            for (var pos = 0; pos < text.Length; pos++)
            {
                if (!first.Contains(text[pos]) && rule.Pattern.Match(text, pos, text.Length - pos).Success)
                {
                    Assert.Fail($"{rule.Pattern} matches at {pos} ('{text[pos]}') but the analysis excludes it");
                }
            }
        }
    }
}
