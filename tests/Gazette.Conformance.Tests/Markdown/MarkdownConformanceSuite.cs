namespace Gazette.Conformance.Tests.Markdown;

/// <summary>
/// Runs one Markdown corpus against one converter and keeps its skip ledger honest: a case listed
/// in the ledger is still converted, is skipped with the ledger's reason while it fails, and fails
/// the test as soon as it passes (so the entry gets removed).
/// </summary>
internal sealed class MarkdownConformanceSuite
{
    private readonly Dictionary<string, MarkdownConformanceCase> _byId;

    public MarkdownConformanceSuite(
        string name,
        IReadOnlyList<MarkdownConformanceCase> cases,
        IReadOnlyDictionary<string, string> gaps,
        Func<MarkdownConformanceCase, string> convert)
    {
        Name = name;
        Cases = cases;
        Gaps = gaps;
        Convert = convert;
        _byId = cases.ToDictionary(c => c.Id, StringComparer.Ordinal);
    }

    public string Name { get; }

    public IReadOnlyList<MarkdownConformanceCase> Cases { get; }

    public IReadOnlyDictionary<string, string> Gaps { get; }

    public Func<MarkdownConformanceCase, string> Convert { get; }

    public IEnumerable<TheoryDataRow<string>> TheoryData() =>
        Cases.Select(c => new TheoryDataRow<string>(c.Id).WithTestDisplayName(Name + ": " + c.Id));

    /// <summary>Asserts one case: equal after <see cref="HtmlNormalizer"/>, or skipped with its ledger reason.</summary>
    public void Check(string id)
    {
        var testCase = _byId[id];
        var expected = HtmlNormalizer.Normalize(testCase.ExpectedHtml);
        var actual = HtmlNormalizer.Normalize(Convert(testCase));
        if (Gaps.TryGetValue(id, out var reason))
        {
            if (expected == actual)
            {
                Assert.Fail($"{id} passes now: remove its entry from {nameof(KnownMarkdownGaps)} ({Name}).");
            }
            Assert.Skip(reason);
        }
        Assert.Equal(expected, actual);
    }

    /// <summary>Runs every case and returns the counts plus the cases that contradict the ledger.</summary>
    public MarkdownSuiteResult RunAll()
    {
        var passed = 0;
        var exact = 0;
        var unexpectedFailures = new List<string>();
        var stale = new List<string>();
        foreach (var testCase in Cases)
        {
            var html = Convert(testCase);
            var ok = HtmlNormalizer.Normalize(testCase.ExpectedHtml) == HtmlNormalizer.Normalize(html);
            var listed = Gaps.ContainsKey(testCase.Id);
            if (ok && !listed)
            {
                passed++;
                if (html == testCase.ExpectedHtml)
                {
                    exact++;
                }
            }
            else if (ok)
            {
                stale.Add(testCase.Id);
            }
            else if (!listed)
            {
                unexpectedFailures.Add(testCase.Id);
            }
        }
        var unknown = Gaps.Keys.Where(k => !_byId.ContainsKey(k)).ToList();
        return new MarkdownSuiteResult(Name, passed, Gaps.Count, exact, unexpectedFailures, stale, unknown);
    }
}
