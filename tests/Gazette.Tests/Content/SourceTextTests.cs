using System.Text;
using Gazette.Content;
using Gazette.Tests.Testing;

namespace Gazette.Tests.Content;

public class SourceTextTests
{
    [Fact]
    public void Reads_utf8_and_drops_a_byte_order_mark()
    {
        using var site = new TempSite();
        var path = Path.Combine(site.Source, "bom.md");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("---\ntitle: Café\n---\n")]);

        Assert.Equal("---\ntitle: Café\n---\n", SourceText.Read(path));
    }

    [Fact]
    public void Reads_utf16_with_its_byte_order_mark()
    {
        using var site = new TempSite();
        var path = Path.Combine(site.Source, "wide.md");
        File.WriteAllText(path, "héllo", Encoding.Unicode);

        Assert.Equal("héllo", SourceText.Read(path));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4096)]
    [InlineData(100_000)]
    public void Reads_files_of_any_length_whole(int length)
    {
        using var site = new TempSite();
        var path = Path.Combine(site.Source, "post.md");
        var text = new string('ä', length / 2) + new string('x', length - length / 2);
        File.WriteAllText(path, text);

        Assert.Equal(text, SourceText.Read(path));
    }

    [Fact]
    public void Invalid_utf8_becomes_replacement_characters_as_before()
    {
        using var site = new TempSite();
        var path = Path.Combine(site.Source, "bad.md");
        File.WriteAllBytes(path, [(byte)'a', 0xFF, (byte)'b']);

        Assert.Equal(File.ReadAllText(path), SourceText.Read(path));
    }
}
