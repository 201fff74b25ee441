using Gazette.Highlighting;

namespace Gazette.Tests.Highlighting;

/// <summary>Compares Gazette's highlighting of each fixture with the HTML real Rouge 3.30 produced for it.</summary>
public class RougeFixtureTests
{
    /// <summary>Languages whose lexer does not yet reproduce Rouge exactly, with the reason.</summary>
    private static readonly Dictionary<string, string> KnownGaps = new(StringComparer.Ordinal)
    {
    };

    public static TheoryData<string, string> Fixtures()
    {
        var data = new TheoryData<string, string>();
        foreach (var (language, file) in HighlightFixtures.Sources())
        {
            data.Add(language, file);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Matches_rouge_output(string language, string file)
    {
        if (KnownGaps.TryGetValue(language, out var reason))
        {
            Assert.Skip(reason);
        }

        var code = HighlightFixtures.Read(file);
        var expected = HighlightFixtures.Read(language + ".expected.html");

        var actual = RougeHighlighter.Highlight(code, language);

        Assert.Equal(expected, actual);
    }
}
