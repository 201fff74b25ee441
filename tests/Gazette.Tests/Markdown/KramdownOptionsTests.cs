using Gazette.Markdown;

namespace Gazette.Tests.Markdown;

public class KramdownOptionsTests
{
    [Fact]
    public void Without_a_kramdown_section_uses_jekylls_defaults()
    {
        var options = KramdownOptions.FromConfig(null, null);
        Assert.Equal(KramdownOptions.JekyllDefaults with { Processor = "kramdown" }, options);
        Assert.True(options.IsKramdown);
        Assert.True(options.IsGfmInput);
    }

    [Fact]
    public void Reads_the_kramdown_section_with_yaml_value_types()
    {
        var section = new Dictionary<string, object?>
        {
            ["auto_ids"] = false,
            ["auto_id_prefix"] = "id-",
            ["toc_levels"] = "2..3",
            ["footnote_nr"] = 5L,
            ["smart_quotes"] = "apos,apos,quot,quot",
            ["entity_output"] = ":numeric",
            ["syntax_highlighter_opts"] = new Dictionary<string, object?> { ["default_lang"] = "text" },
            ["gfm_quirks"] = new List<object?> { "paragraph_end", "no_auto_typographic" },
            ["math_engine"] = null,
        };
        var options = KramdownOptions.FromConfig(section, "kramdown");
        Assert.False(options.AutoIds);
        Assert.Equal("id-", options.AutoIdPrefix);
        Assert.Equal(new HashSet<int> { 2, 3 }, options.TocLevels);
        Assert.Equal(5, options.FootnoteNumber);
        Assert.Equal(["'", "'", "\"", "\""], options.SmartQuotes);
        Assert.Equal("numeric", options.EntityOutput);
        Assert.Equal("text", options.DefaultLang);
        Assert.Equal(["paragraph_end", "no_auto_typographic"], options.GfmQuirks);
        Assert.Null(options.MathEngine);
    }

    [Theory]
    [InlineData("CommonMark", false)]
    [InlineData("CommonMarkGhPages", false)]
    [InlineData("GFM", false)]
    [InlineData("kramdown", true)]
    [InlineData("Kramdown", true)]
    public void Maps_the_markdown_setting(string setting, bool isKramdown) =>
        Assert.Equal(isKramdown, KramdownOptions.FromConfig(null, setting).IsKramdown);

    [Fact]
    public void Toc_levels_accept_a_list()
    {
        var options = KramdownOptions.FromConfig(new Dictionary<string, object?> { ["toc_levels"] = new List<object?> { 1L, 2L } }, null);
        Assert.Equal(new HashSet<int> { 1, 2 }, options.TocLevels);
    }
}
