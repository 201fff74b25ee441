using Gazette.Model;

namespace Gazette.Tests.Model;

// Cases from Jekyll's Utils.slugify documentation (lib/jekyll/utils.rb).
public class SlugifierTests
{
    [Theory]
    [InlineData("The _config.yml file", null, false, "the-config-yml-file")]
    [InlineData("The _config.yml file", "pretty", false, "the-_config.yml-file")]
    [InlineData("The _config.yml file", "pretty", true, "The-_config.yml-file")]
    [InlineData("The _config.yml file", "ascii", false, "the-config-yml-file")]
    [InlineData("The _config.yml file", "latin", false, "the-config-yml-file")]
    [InlineData("The _config.yml file", "raw", false, "the-_config.yml-file")]
    [InlineData("Café déjà vu", "latin", false, "cafe-deja-vu")]
    [InlineData("Café déjà vu", null, false, "café-déjà-vu")]
    [InlineData("Hello, World!", "none", false, "hello, world!")]
    public void Slugifies_like_Jekyll(string text, string? mode, bool cased, string expected) =>
        Assert.Equal(expected, Slugifier.Slugify(text, mode, cased));
}
