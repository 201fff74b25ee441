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

    [Theory]
    [InlineData("---\ntitle: Plain\n---\nBody with ümlauts\n", false)]
    [InlineData("---\ntitle: Café\n---\nBody with ümlauts\n", false)]
    [InlineData("---\ntitle: Plain\n---\nBody\n", true)]
    [InlineData("---\ntitle: Café 🍰\n---\nBody 🍰\n", true)]
    public void Reads_from_a_character_index_as_the_whole_text_cut_there(string text, bool byteOrderMark)
    {
        using var site = new TempSite();
        var path = Path.Combine(site.Source, "post.md");
        var bytes = Encoding.UTF8.GetBytes(text);
        File.WriteAllBytes(path, byteOrderMark ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes);
        var start = text.IndexOf("---\nB", StringComparison.Ordinal) + 4;

        Assert.Equal(text[start..], SourceText.ReadFrom(path, start));
        Assert.Equal(SourceText.Read(path)[start..], SourceText.ReadFrom(path, start));
    }

    [Fact]
    public void Reads_from_a_character_index_in_utf16_and_after_invalid_bytes()
    {
        using var site = new TempSite();
        var wide = Path.Combine(site.Source, "wide.md");
        File.WriteAllText(wide, "---\nx: é\n---\nbody", Encoding.Unicode);
        var bad = Path.Combine(site.Source, "bad.md");
        File.WriteAllBytes(bad, [(byte)'a', 0xFF, 0xFE, (byte)'b', (byte)'c']);

        Assert.Equal("body", SourceText.ReadFrom(wide, "---\nx: é\n---\n".Length));
        Assert.Equal(SourceText.Read(bad)[3..], SourceText.ReadFrom(bad, 3));
    }
}
