using Gazette.Model;

namespace Gazette.Rendering;

/// <summary>
/// Gives each post and collection document its lazily rendered excerpt. Jekyll: <c>Document#generate_excerpt</c>
/// — only when the front matter has no <c>excerpt</c> and the separator (front matter, then config) is not empty.
/// </summary>
internal static class ExcerptSetup
{
    public static void Attach(Site site, DocumentRenderer renderer)
    {
        foreach (var doc in site.Collections.Values.SelectMany(d => d))
        {
            if (doc.Data.ContainsKey("excerpt"))
            {
                continue;
            }
            var separator = doc.Data.GetValueOrDefault("excerpt_separator")?.ToString() ?? site.Config.ExcerptSeparator;
            if (separator.Length == 0)
            {
                continue;
            }
            var current = doc;
            doc.Excerpt = new Lazy<string>(
                () => renderer.RenderFragment(current, ExcerptExtractor.Extract(current.RawContent, separator)),
                LazyThreadSafetyMode.ExecutionAndPublication);
        }
    }
}
