using Gazette.Model;
using Gazette.Output;

namespace Gazette.Rendering;

/// <summary>
/// Renders every written document on all cores and writes each output as soon as it is ready. Jekyll renders
/// collections (posts included) before pages, one document at a time; Gazette keeps that order as two phases and
/// numbers every document by it, so what a template sees of other documents does not depend on thread timing.
/// </summary>
internal static class RenderStage
{
    public static int Run(Site site, DocumentRenderer renderer, StagedOutput output, int parallelism)
    {
        var documents = site.Collections.Values.SelectMany(d => d).ToList();
        var order = 0;
        foreach (var doc in documents.Concat(site.Pages))
        {
            doc.RenderOrder = order++;
            doc.PendingRender = new DocumentRenderSlot(doc, renderer);
        }
        output.PrepareFolders([.. documents.Concat(site.Pages).Where(d => d.IsWritten).Select(d => d.DestinationPath)]);
        RenderAll(documents, output, parallelism);
        RenderAll(site.Pages, output, parallelism);
        output.FinishPreparing(stop: false);
        return documents.Count(d => d.IsWritten) + site.Pages.Count(p => p.IsWritten);
    }

    private static void RenderAll(List<Document> docs, StagedOutput output, int parallelism) =>
        Concurrency.OrderedParallel.ForEach(docs, parallelism, doc =>
        {
            var slot = (DocumentRenderSlot)doc.PendingRender!;
            var html = slot.Output!;
            // Jekyll: Document#output stays readable by later pages (`post.output`, jsonify of posts); a written
            // one is read back from its file when asked for, so outputs are not all held in memory.
            if (doc.IsWritten)
            {
                output.Write(doc.DestinationPath, html);
                doc.OutputFrom(() => output.ReadBack(doc.DestinationPath));
            }
            else
            {
                doc.Output = html;
            }
            doc.PendingRender = null;
            slot.Release();
        });
}
