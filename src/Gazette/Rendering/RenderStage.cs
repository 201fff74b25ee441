using Gazette.Model;
using Gazette.Output;

namespace Gazette.Rendering;

/// <summary>
/// Renders every written document on all cores and writes each output as soon as it is ready. Jekyll renders
/// collections (posts included) before pages; Gazette keeps that order as two phases so the output does not
/// depend on thread timing.
/// </summary>
internal static class RenderStage
{
    public static int Run(Site site, DocumentRenderer renderer, StagedOutput output)
    {
        var documents = site.Collections.Values.SelectMany(d => d).ToList();
        RenderAll(documents, renderer, output);
        foreach (var doc in documents)
        {
            doc.PublishedContent = doc.Content;
        }
        RenderAll(site.Pages, renderer, output);
        foreach (var page in site.Pages)
        {
            page.PublishedContent = page.Content;
        }
        return documents.Count(d => d.IsWritten) + site.Pages.Count(p => p.IsWritten);
    }

    private static void RenderAll(List<Document> docs, DocumentRenderer renderer, StagedOutput output) =>
        Concurrency.OrderedParallel.ForEach(docs, doc =>
        {
            var html = renderer.Render(doc);
            // Jekyll: Document#output stays readable by later pages (`post.output`, jsonify of posts); a written
            // one is read back from its file when asked for.
            if (doc.IsWritten)
            {
                output.Write(doc.DestinationPath, html);
                doc.OutputFrom(() => output.ReadBack(doc.DestinationPath));
            }
            else
            {
                doc.Output = html;
            }
        });
}
