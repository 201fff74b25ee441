using Gazette.Configuration;
using Gazette.Model;

namespace Gazette.Content;

/// <summary>Reads <c>_layouts</c>. Jekyll: <c>LayoutReader</c> — a layout's name is its path without extension.</summary>
internal static class LayoutReader
{
    public static IEnumerable<Layout> Read(SiteConfig config)
    {
        var root = Path.Combine(config.Source, config.LayoutsDir);
        if (!Directory.Exists(root))
        {
            yield break;
        }
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var inner = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (inner.Split('/').Any(part => part.StartsWith('.')))
            {
                continue;
            }
            var relative = Path.GetRelativePath(config.Source, file).Replace('\\', '/');
            var matter = FrontMatterReader.Read(SourceText.Read(file), relative);
            var name = inner[..^Path.GetExtension(inner).Length];
            yield return new Layout(name, relative, matter.Data ?? new Dictionary<string, object?>(StringComparer.Ordinal),
                matter.Body, matter.BodyLine);
        }
    }
}
