using Gazette.Markdown;

namespace Gazette.Conformance.Tests.Markdown;

/// <summary>
/// Converters for kramdown's own test cases: kramdown's defaults plus each case's options (one
/// converter per distinct option set), with <c>input: GFM</c> forced for kramdown-parser-gfm's cases.
/// </summary>
internal sealed class KramdownCaseConverters(bool gfm)
{
    private readonly Dictionary<IReadOnlyDictionary<string, object?>, MarkdownConverter> _converters = new(ReferenceEqualityComparer.Instance);
    private readonly Lock _lock = new();

    public static KramdownCaseConverters Kramdown { get; } = new(gfm: false);

    public static KramdownCaseConverters Gfm { get; } = new(gfm: true);

    public string Convert(MarkdownConformanceCase testCase)
    {
        MarkdownConverter converter;
        lock (_lock)
        {
            var options = testCase.Options ?? new Dictionary<string, object?>();
            if (!_converters.TryGetValue(options, out converter!))
            {
                var settings = KramdownOptions.KramdownDefaults.WithSection(options);
                if (gfm)
                {
                    // kramdown-parser-gfm's runner merges input: GFM; the GFM parser's own defaults apply.
                    settings = settings.WithSection(new Dictionary<string, object?> { ["input"] = "GFM" }) with
                    {
                        HardWrap = options.TryGetValue("hard_wrap", out var hardWrap) ? hardWrap is true : true,
                    };
                }
                converter = new MarkdownConverter(settings);
                _converters[options] = converter;
            }
        }
        return converter.Convert(testCase.Markdown);
    }
}
