namespace Gazette.Tests.Liquid;

/// <summary>
/// Differential table of Jekyll's filters: every case of the fixture page (nil, empty, unicode and numeric
/// inputs for each filter) must give exactly what real Jekyll gave, and every case Jekyll rejects must raise.
/// The expectations were produced once by Fixtures/Liquid/regenerate.sh; see its header.
/// </summary>
public sealed class JekyllFilterTests
{
    public static TheoryData<string> OutputCases { get; } = new(JekyllFilterFixture.Instance.Outputs.Keys.Order(StringComparer.Ordinal));

    public static TheoryData<string> ErrorCases { get; } = new(JekyllFilterFixture.Instance.Errors.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(OutputCases))]
    public void Output_matches_Jekyll(string label)
    {
        var fixture = JekyllFilterFixture.Instance;
        Assert.Equal(fixture.Outputs[label], fixture.Render(label));
    }

    [Theory]
    [MemberData(nameof(ErrorCases))]
    public void Raises_like_Jekyll(string label)
    {
        var fixture = JekyllFilterFixture.Instance;
        var error = fixture.RenderError(label);
        Assert.True(error is not null, $"Jekyll raised \"{fixture.Errors[label]}\", Gazette rendered it");
    }

    [Fact]
    public void Every_case_has_an_expectation()
    {
        var fixture = JekyllFilterFixture.Instance;
        var missing = fixture.Templates.Keys.Where(k => !fixture.Outputs.ContainsKey(k) && !fixture.Errors.ContainsKey(k)).ToList();
        Assert.True(missing.Count == 0, "run Fixtures/Liquid/regenerate.sh; no expectation for: " + string.Join(", ", missing));
        Assert.True(fixture.Outputs.Count >= 150 && fixture.Errors.Count >= 20, "the fixture lost its cases");
    }
}
