using Gazette.Configuration;
using Gazette.Dates;
using Gazette.Diagnostics;
using Gazette.Model;
using Gazette.Yaml;

namespace Gazette.Content;

/// <summary>
/// Reads one page, post or collection document: defaults, then front matter, then the values Jekyll derives
/// (Jekyll: <c>Document#read</c>, <c>populate_title</c>, <c>populate_categories</c>, <c>populate_tags</c>).
/// </summary>
internal sealed class DocumentReader
{
    private readonly SiteConfig _config;
    private readonly FrontMatterDefaults _defaults;
    private readonly DateTimeOffset _now;

    /// <param name="config">The site configuration.</param>
    /// <param name="defaults">The front matter defaults.</param>
    /// <param name="now">The build's time: Jekyll's <c>site.time</c>, for future posts and undated documents.</param>
    public DocumentReader(SiteConfig config, FrontMatterDefaults defaults, DateTimeOffset now)
    {
        _config = config;
        _defaults = defaults;
        _now = now;
    }

    public Document? ReadPage(string relativePath)
    {
        var doc = new Document(relativePath, Path.Combine(_config.Source, relativePath), DocumentKind.Page, null);
        var data = _defaults.For(relativePath, "pages");
        var matter = Load(doc);
        doc.RawContent = matter.Body;
        DeepMerge.MergeInto(data, matter.Data ?? []);
        doc.Data = data;
        // Jekyll: a page's defaults are only a fallback for keys its front matter lacks, so `layout: null`
        // in the front matter means no layout, though Liquid's page.layout still shows the default.
        doc.HasNoLayout = matter.Data is not null && matter.Data.TryGetValue("layout", out var layout) && layout is null;
        if (data.TryGetValue("date", out var date) && date is not null)
        {
            doc.Date = ParseDate(doc, date);
            data["date"] = doc.Date;
        }
        return IsPublished(doc) ? doc : null;
    }

    public Document? ReadPost(string relativePath, CollectionConfig posts, bool isDraft)
    {
        var doc = new Document(relativePath, Path.Combine(_config.Source, relativePath), DocumentKind.Post, posts) { IsDraft = isDraft };
        var data = _defaults.For(relativePath, "posts");
        MergeCategories(data, CategoriesFromPath(relativePath, isDraft ? "_drafts" : "_posts"));
        var matter = Load(doc);
        MergeFrontMatter(data, matter.Data);
        doc.Data = data;
        var (dateText, slug, ext) = PostFileName.Parse(relativePath);
        DeriveCommon(doc, slug, ext);
        if (data.GetValueOrDefault("date") is not { } givenDate)
        {
            doc.Date = dateText is not null
                ? JekyllTime.Parse(dateText, _config.TimeZone) ?? throw InvalidDate(doc)
                : JekyllTime.InZone(File.GetLastWriteTimeUtc(doc.SourcePath), _config.TimeZone);
        }
        else
        {
            doc.Date = ParseDate(doc, givenDate);
        }
        data["date"] = doc.Date;
        data["draft"] = isDraft;
        if (!IsPublished(doc) || !(isDraft || IsNotFuture(doc)))
        {
            return null;
        }
        KeepBodyOnDisk(doc, matter);
        return doc;
    }

    public Document? ReadCollectionDocument(string relativePath, CollectionConfig collection)
    {
        var doc = new Document(relativePath, Path.Combine(_config.Source, relativePath), DocumentKind.CollectionDocument, collection);
        var data = _defaults.For(relativePath, collection.Label);
        var matter = Load(doc);
        MergeFrontMatter(data, matter.Data);
        doc.Data = data;
        var (dateText, slug, ext) = PostFileName.Parse(relativePath);
        DeriveCommon(doc, slug, ext);
        doc.Date = data.TryGetValue("date", out var date) && date is not null ? ParseDate(doc, date)
            : dateText is not null ? JekyllTime.Parse(dateText, _config.TimeZone) ?? throw InvalidDate(doc)
            : JekyllTime.InZone(_now, _config.TimeZone);
        data["date"] = doc.Date;
        // Jekyll: Publisher#publish? — a future-dated document stays in its collection but is not written.
        doc.IsWritten = collection.Output && (_config.Future || doc.Date <= _now);
        if (!IsPublished(doc))
        {
            return null;
        }
        KeepBodyOnDisk(doc, matter);
        return doc;
    }

    // A site's posts are most of its text; holding every body from reading to rendering would make memory grow
    // with the site (gigabytes at 100,000 posts). The body is read again when the document renders, and the
    // excerpt's text is cut now, as Jekyll's Document#read does (generate_excerpt).
    private void KeepBodyOnDisk(Document doc, FrontMatter matter)
    {
        doc.ExcerptSource = ExcerptSource(doc, matter);
        var bodyStart = doc.BodyStart;
        doc.RawContentFrom(() => SourceText.ReadFrom(doc.SourcePath, bodyStart));
    }

    // Jekyll: Document#generate_excerpt? — only without an `excerpt` in the front matter and with a separator
    // (front matter's `excerpt_separator`, else the config's) that is not empty.
    private string? ExcerptSource(Document doc, FrontMatter matter)
    {
        if (doc.Data.ContainsKey("excerpt"))
        {
            return null;
        }
        var separator = doc.Data.GetValueOrDefault("excerpt_separator")?.ToString() ?? _config.ExcerptSeparator;
        return separator.Length == 0 ? null : ExcerptExtractor.Extract(matter.Body, separator);
    }

    private static FrontMatter Load(Document doc)
    {
        var matter = FrontMatterReader.Read(SourceText.Read(doc.SourcePath), doc.RelativePath);
        doc.BodyLine = matter.BodyLine;
        doc.BodyStart = matter.BodyStart;
        return matter;
    }

    private static void MergeFrontMatter(Dictionary<string, object?> data, Dictionary<string, object?>? frontMatter)
    {
        if (frontMatter is null)
        {
            return;
        }
        var copy = new Dictionary<string, object?>(frontMatter, StringComparer.Ordinal);
        if (copy.TryGetValue("categories", out var categories) && categories is not null)
        {
            MergeCategories(data, categories);
            copy.Remove("categories");
        }
        DeepMerge.MergeInto(data, copy);
    }

    // Jekyll: Document#merge_categories! — a string is split on spaces; lists are unioned, path categories first.
    private static void MergeCategories(Dictionary<string, object?> data, object? categories)
    {
        var incoming = categories switch
        {
            string s => s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Cast<object?>().ToList(),
            List<object?> list => list,
            null => [],
            var other => [other],
        };
        if (data.GetValueOrDefault("categories") is List<object?> existing)
        {
            incoming = existing.Concat(incoming.Where(c => !existing.Contains(c))).ToList();
        }
        data["categories"] = incoming;
    }

    // Jekyll: Document#categories_from_path — the folders above `_posts`, unless the path starts with it.
    private static List<object?> CategoriesFromPath(string relativePath, string specialDir)
    {
        if (relativePath.StartsWith(specialDir, StringComparison.Ordinal))
        {
            return [];
        }
        var index = relativePath.IndexOf(specialDir, StringComparison.Ordinal);
        var superdirs = index < 0 ? relativePath : relativePath[..index];
        return superdirs.Split('/', StringSplitOptions.RemoveEmptyEntries).Cast<object?>().ToList();
    }

    private static void DeriveCommon(Document doc, string slug, string ext)
    {
        var data = doc.Data;
        data.TryAdd("title", TitleizeSlug(slug));
        data.TryAdd("slug", slug);
        data.TryAdd("ext", ext);
        data["categories"] = CategoryList(data);
        data["tags"] = TagList(data);
    }

    // Jekyll: populate_categories — `categories` plus the singular `category` (or the plural again), as strings, unique.
    private static List<object?> CategoryList(Dictionary<string, object?> data)
    {
        var all = new List<string>();
        AddValues(all, data.GetValueOrDefault("categories"), split: false);
        var hasSingular = data.TryGetValue("category", out var singular);
        AddValues(all, hasSingular ? singular : data.GetValueOrDefault("categories"), split: !hasSingular);
        return all.Distinct().Cast<object?>().ToList();
    }

    // Jekyll: populate_tags — Utils.pluralized_array_from_hash(data, "tag", "tags").
    private static List<object?> TagList(Dictionary<string, object?> data)
    {
        var all = new List<string>();
        var hasSingular = data.TryGetValue("tag", out var singular);
        AddValues(all, hasSingular ? singular : data.GetValueOrDefault("tags"), split: !hasSingular);
        return all.Cast<object?>().ToList();
    }

    private static void AddValues(List<string> into, object? value, bool split)
    {
        switch (value)
        {
            case null:
                break;
            case string s when split:
                into.AddRange(s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                break;
            case List<object?> list:
                foreach (var item in list)
                {
                    AddValues(into, item, split: false);
                }
                break;
            default:
                into.Add(ScalarText.Of(value));
                break;
        }
    }


    // Jekyll: Utils.titleize_slug — split on "-", capitalize each word.
    private static string TitleizeSlug(string slug) => string.Join(' ', slug.Split('-').Select(w =>
        w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant()));

    private DateTimeOffset ParseDate(Document doc, object value) =>
        JekyllTime.From(value, _config.TimeZone) ?? throw InvalidDate(doc);

    private static BuildException InvalidDate(Document doc) => new(new Diagnostic(doc.RelativePath, 1, 1,
        "the document does not have a valid date", "write the date as YYYY-MM-DD or YYYY-MM-DD HH:MM:SS +/-TTTT"));

    // Jekyll: Publisher#publish? — `published: false` hides a document unless --unpublished.
    private bool IsPublished(Document doc) => _config.Unpublished || doc.Data.GetValueOrDefault("published") is not false;

    // Jekyll: Publisher#hidden_in_the_future? — posts dated after the build time are skipped unless future: true.
    private bool IsNotFuture(Document doc) => _config.Future || doc.Date <= _now;
}
