using Gazette.Yaml;

namespace Gazette.Tests.Yaml;

// Ruby's YAML 1.1 (Psych) rules, which Jekyll's front matter follows.
public class YamlScalarResolverTests
{
    [Theory]
    [InlineData("no", false)]
    [InlineData("Off", false)]
    [InlineData("yes", true)]
    [InlineData("on", true)]
    [InlineData("true", true)]
    public void Reads_YAML_1_1_booleans(string text, bool expected) => Assert.Equal(expected, YamlScalarResolver.Resolve(text));

    [Fact]
    public void Reads_numbers_nulls_and_strings()
    {
        Assert.Equal(42L, YamlScalarResolver.Resolve("42"));
        Assert.Equal(8L, YamlScalarResolver.Resolve("010"));
        Assert.Equal(1.5, YamlScalarResolver.Resolve("1.5"));
        Assert.Null(YamlScalarResolver.Resolve("~"));
        Assert.Null(YamlScalarResolver.Resolve(""));
        Assert.Equal("y", YamlScalarResolver.Resolve("y"));
        Assert.Equal("News", YamlScalarResolver.Resolve("News"));
    }

    [Fact]
    public void Reads_a_time_without_zone_as_UTC()
    {
        var value = YamlScalarResolver.Resolve("2026-01-06T02:44:22");
        Assert.Equal(new DateTimeOffset(2026, 1, 6, 2, 44, 22, TimeSpan.Zero), value);
        Assert.Equal(new YamlDate(new DateOnly(2026, 1, 6)), YamlScalarResolver.Resolve("2026-01-06"));
    }
}
