using Gazette.Configuration;
using Gazette.Diagnostics;

namespace Gazette.Model;

/// <summary>
/// Stage 4: orders collections, links next/previous, gives every file its URL and checks that no two files
/// are written to the same place.
/// </summary>
internal static class SiteAssembler
{
    public static void Assemble(Site site)
    {
        var permalinks = new PermalinkBuilder(site.Config);
        foreach (var collection in site.Config.Collections)
        {
            if (!site.Collections.TryGetValue(collection.Label, out var docs))
            {
                continue;
            }
            Sort(docs, collection);
            for (var i = 0; i < docs.Count; i++)
            {
                docs[i].Previous = i > 0 ? docs[i - 1] : null;
                docs[i].Next = i < docs.Count - 1 ? docs[i + 1] : null;
            }
        }
        foreach (var doc in site.AllDocuments)
        {
            permalinks.Assign(doc);
        }
        CheckConflicts(site);
    }

    // Jekyll: Collection#sort_docs! — `order`, then `sort_by`, else by date then path (Document#<=>).
    private static void Sort(List<Document> docs, CollectionConfig collection)
    {
        static int ByDate(Document a, Document b)
        {
            var cmp = a.Date.CompareTo(b.Date);
            return cmp != 0 ? cmp : string.CompareOrdinal(a.SourcePath, b.SourcePath);
        }
        if (collection.Order is { } order)
        {
            docs.Sort(ByDate);
            var rank = order.Select((name, i) => ("_" + collection.Label + "/" + name, i))
                .ToDictionary(x => x.Item1, x => x.i, StringComparer.Ordinal);
            var ordered = docs.Where(d => rank.ContainsKey(d.RelativePath)).OrderBy(d => rank[d.RelativePath])
                .Concat(docs.Where(d => !rank.ContainsKey(d.RelativePath))).ToList();
            docs.Clear();
            docs.AddRange(ordered);
        }
        else if (collection.SortBy is { } key)
        {
            var sorted = docs.OrderBy(d => d, Comparer<Document>.Create((a, b) =>
            {
                var va = a.Data.GetValueOrDefault(key);
                var vb = b.Data.GetValueOrDefault(key);
                if (va is null != vb is null)
                {
                    return va is null ? 1 : -1;
                }
                var cmp = va is IComparable ca && vb is not null && va.GetType() == vb.GetType() ? ca.CompareTo(vb) : 0;
                return cmp != 0 ? cmp : ByDate(a, b);
            })).ToList();
            docs.Clear();
            docs.AddRange(sorted);
        }
        else
        {
            docs.Sort(ByDate);
        }
    }

    private static void CheckConflicts(Site site)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        void Claim(string destination, string source)
        {
            if (seen.TryGetValue(destination, out var other))
            {
                throw new BuildException(new Diagnostic(source, 0, 0,
                    $"{other} and {source} are both written to {destination}",
                    "give one of them another permalink (or rename it) so that each URL has one source"));
            }
            seen[destination] = source;
        }
        foreach (var doc in site.AllDocuments.Where(d => d.IsWritten))
        {
            Claim(doc.DestinationPath, doc.RelativePath);
        }
        foreach (var file in site.StaticFiles.Where(f => f.IsWritten))
        {
            Claim(file.DestinationPath, file.RelativePath);
        }
    }
}
