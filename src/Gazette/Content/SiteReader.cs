using Gazette.Configuration;
using Gazette.Model;

namespace Gazette.Content;

/// <summary>
/// Stage 2 and 3: walks the source as Jekyll's <c>Reader</c> does (lib/jekyll/reader.rb) and reads layouts,
/// data, posts, drafts, collections, pages and static files.
/// </summary>
internal sealed class SiteReader
{
    private readonly SiteConfig _config;
    private readonly EntryFilter _filter;
    private readonly DocumentReader _documents;
    private readonly List<(string RelativePath, string Collection)> _postFiles = [];
    private readonly List<string> _pageFiles = [];
    private readonly List<string> _staticFiles = [];

    private readonly DateTimeOffset _now;
    private readonly PermalinkBuilder _permalinks;

    public SiteReader(SiteConfig config, DateTimeOffset now)
    {
        _config = config;
        _now = now;
        _permalinks = new PermalinkBuilder(config);
        _filter = new EntryFilter(config.Exclude, config.Include);
        _documents = new DocumentReader(config, new FrontMatterDefaults(config), now);
    }

    public Site Read()
    {
        var site = new Site(_config, _now);
        foreach (var layout in LayoutReader.Read(_config))
        {
            site.Layouts[layout.Name] = layout;
        }
        site.Data = DataReader.Read(_config.Source, _config.DataDir);
        WalkDirectory("");
        ReadPosts(site);
        ReadCollections(site);
        ReadPages(site);
        ReadStaticFiles(site);
        return site;
    }

    private void WalkDirectory(string relativeDir)
    {
        var full = Path.Combine(_config.Source, relativeDir);
        var collectionsRoot = _config.CollectionsDir;
        if (relativeDir == collectionsRoot || collectionsRoot.Length == 0)
        {
            AddPostFiles(relativeDir, "_posts", "posts");
            if (_config.ShowDrafts)
            {
                AddPostFiles(relativeDir, "_drafts", "drafts");
            }
        }
        foreach (var entry in Directory.EnumerateFileSystemEntries(full).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(entry);
            var relative = relativeDir.Length == 0 ? name : relativeDir + "/" + name;
            var isDirectory = Directory.Exists(entry);
            if (_filter.IsFiltered(relative, isDirectory) || IsDestination(entry))
            {
                continue;
            }
            if (isDirectory)
            {
                WalkDirectory(relative);
            }
            else if (FrontMatterReader.HasFrontMatter(FirstLine(entry)))
            {
                _pageFiles.Add(relative);
            }
            else
            {
                _staticFiles.Add(relative);
            }
        }
    }

    private bool IsDestination(string path) =>
        string.Equals(Path.TrimEndingDirectorySeparator(path), Path.TrimEndingDirectorySeparator(_config.Destination), StringComparison.Ordinal);

    private void AddPostFiles(string relativeDir, string folder, string kind)
    {
        var dir = relativeDir.Length == 0 ? folder : relativeDir + "/" + folder;
        foreach (var relative in ListFiles(dir))
        {
            if (kind == "drafts" || PostFileName.IsDated(relative[(dir.Length + 1)..]))
            {
                _postFiles.Add((relative, kind));
            }
        }
    }

    /// <summary>Jekyll: <c>Reader#get_entries</c> — every file below a folder, filtered by path and by name.</summary>
    internal IEnumerable<string> ListFiles(string relativeDir)
    {
        var full = Path.Combine(_config.Source, relativeDir);
        if (!Directory.Exists(full))
        {
            return [];
        }
        return Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_config.Source, f).Replace('\\', '/'))
            .Where(f => !IsFilteredBelow(relativeDir, f))
            .Order(StringComparer.Ordinal);
    }

    private bool IsFilteredBelow(string root, string relative)
    {
        var inner = relative[(root.Length + 1)..];
        var parts = inner.Split('/');
        var current = root;
        for (var i = 0; i < parts.Length; i++)
        {
            current += "/" + parts[i];
            if (parts[i].StartsWith('.') || _filter.IsFiltered(current, i < parts.Length - 1))
            {
                return true;
            }
        }
        return false;
    }

    private void ReadPosts(Site site)
    {
        var postsConfig = _config.Collections.First(c => c.Label == "posts");
        // Reading and parsing front matter is most of this stage; posts are independent, so all cores share it.
        var read = Concurrency.OrderedParallel.Map(_postFiles,
            file => _documents.ReadPost(file.RelativePath, postsConfig, isDraft: file.Collection == "drafts"));
        site.Collections["posts"] = [.. read.OfType<Document>()];
    }

    private void ReadCollections(Site site)
    {
        foreach (var collection in _config.Collections.Where(c => c.Label != "posts"))
        {
            var dir = (_config.CollectionsDir.Length > 0 ? _config.CollectionsDir + "/" : "") + "_" + collection.Label;
            var docs = new List<Document>();
            foreach (var relative in ListFiles(dir))
            {
                if (FrontMatterReader.HasFrontMatter(FirstLine(Path.Combine(_config.Source, relative))))
                {
                    var doc = _documents.ReadCollectionDocument(relative, collection);
                    if (doc is not null)
                    {
                        docs.Add(doc);
                    }
                }
                else
                {
                    site.StaticFiles.Add(StaticFileFor(relative, collection));
                }
            }
            site.Collections[collection.Label] = docs;
        }
    }

    private void ReadPages(Site site)
    {
        foreach (var relative in _pageFiles)
        {
            var page = _documents.ReadPage(relative);
            if (page is not null)
            {
                site.Pages.Add(page);
            }
        }
        // Jekyll: Reader#sort_files! sorts pages by name.
        site.Pages.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
    }

    private void ReadStaticFiles(Site site)
    {
        site.StaticFiles.AddRange(_staticFiles.Select(f => StaticFileFor(f, null)));
        site.StaticFiles.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
    }

    private StaticFile StaticFileFor(string relative, CollectionConfig? collection)
    {
        var full = Path.Combine(_config.Source, relative);
        var url = _permalinks.StaticFileUrl(relative, collection);
        return new StaticFile(relative, full, url, UrlTemplate.Unescape(url).TrimStart('/'),
            new DateTimeOffset(File.GetLastWriteTimeUtc(full), TimeSpan.Zero), collection?.Label,
            collection is null || collection.Output);
    }

    private static string FirstLine(string path)
    {
        using var reader = new StreamReader(path);
        var buffer = new char[64];
        var read = reader.ReadBlock(buffer, 0, buffer.Length);
        return new string(buffer, 0, read);
    }
}
