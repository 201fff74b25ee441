namespace Gazette.Model;

/// <summary>A layout from <c>_layouts</c>: its front matter and Liquid body.</summary>
/// <param name="Name">The name documents use in <c>layout:</c> (the file name without extension).</param>
/// <param name="RelativePath">Path relative to the source.</param>
/// <param name="Data">Its front matter (visible as <c>layout.*</c>).</param>
/// <param name="Content">The Liquid body.</param>
/// <param name="BodyLine">The 1-based line where the body starts.</param>
internal sealed record Layout(string Name, string RelativePath, Dictionary<string, object?> Data, string Content, int BodyLine)
{
    public string? Parent => Data.GetValueOrDefault("layout")?.ToString();
}
