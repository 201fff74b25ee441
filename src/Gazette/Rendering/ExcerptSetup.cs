using Gazette.Model;

namespace Gazette.Rendering;

/// <summary>
/// Gives each post and collection document with excerpt text (see <see cref="Document.ExcerptSource"/>) its
/// lazily rendered excerpt, as Jekyll renders an excerpt only when something asks for it.
/// </summary>
internal static class ExcerptSetup
{
    public static void Attach(Site site, DocumentRenderer renderer)
    {
        foreach (var doc in site.Collections.Values.SelectMany(d => d))
        {
            if (doc.ExcerptSource is not { } source)
            {
                continue;
            }
            var current = doc;
            doc.Excerpt = new Lazy<string>(() => renderer.RenderFragment(current, source),
                LazyThreadSafetyMode.ExecutionAndPublication);
        }
    }
}
