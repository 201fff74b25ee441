using Fluid;
using Fluid.Values;
using Gazette.Model;

namespace Gazette.Liquid.Drops;

/// <summary>
/// <c>site</c> in Liquid. Jekyll: <c>Drops::SiteDrop</c> and <c>Site#site_payload</c> — the lists Jekyll builds
/// (posts newest first, categories, tags, pages, static files, collections, data) and every configuration key.
/// The lists are built once per build and shared by all threads.
/// </summary>
internal sealed class SiteDrop : FluidValue
{
    private readonly Site _site;
    private readonly TemplateOptions _options;
    private readonly Dictionary<string, Lazy<FluidValue>> _values = new(StringComparer.Ordinal);

    public SiteDrop(Site site, TemplateOptions options)
    {
        _site = site;
        _options = options;
        Add("posts", () => Documents(Enumerable.Reverse(site.Posts)));
        Add("pages", () => Documents(site.Pages));
        Add("html_pages", () => Documents(site.Pages.Where(p => p.IsHtml || p.Url.EndsWith('/'))));
        Add("static_files", () => Create(site.StaticFiles.Cast<object?>().ToList()));
        Add("html_files", () => Create(site.StaticFiles.Where(f => f.Extension is ".html" or ".htm").Cast<object?>().ToList()));
        Add("documents", () => Documents(site.Collections.Values.SelectMany(d => d)));
        Add("categories", () => Create(PostsBy(d => d.Categories)));
        Add("tags", () => Create(PostsBy(d => d.Tags)));
        Add("data", () => Create(site.Data));
        Add("time", () => new RubyTimeValue(site.Time));
        // Jekyll: SiteDrop#collections sorts the collections by label.
        Add("collections", () => Create(site.Config.Collections.OrderBy(c => c.Label, StringComparer.Ordinal).Select(CollectionValue).ToList()));
        Add("related_posts", () => Documents(Enumerable.Reverse(site.Posts).Take(10)));
        foreach (var label in site.Collections.Keys.Where(l => l != "posts"))
        {
            Add(label, () => Documents(site.Collections[label]));
        }
    }

    public override FluidValues Type => FluidValues.Object;

    public override bool Equals(FluidValue other) => ReferenceEquals(this, other);

    public override bool ToBooleanValue() => true;

    public override decimal ToNumberValue() => 0;

    public override string ToStringValue() => "";

    public override object ToObjectValue() => _site.Config.Raw;

    public override ValueTask<FluidValue> GetValueAsync(string name, TemplateContext context)
    {
        if (_values.TryGetValue(name, out var value))
        {
            return new ValueTask<FluidValue>(value.Value);
        }
        return new ValueTask<FluidValue>(_site.Config.Raw.TryGetValue(name, out var config)
            ? LiquidValues.From(config, _options)
            : NilValue.Instance);
    }

    private void Add(string name, Func<FluidValue> factory) =>
        _values[name] = new Lazy<FluidValue>(factory, LazyThreadSafetyMode.ExecutionAndPublication);

    private FluidValue Create(object? value) => LiquidValues.From(value, _options);

    private static ArrayValue Documents(IEnumerable<Document> docs) =>
        new(docs.Select(d => (FluidValue)new DocumentDrop(d)).ToArray());

    // Jekyll: Site#post_attr_hash — keys in order of first appearance (oldest post first), each list newest first.
    private Dictionary<string, object?> PostsBy(Func<Document, IReadOnlyList<string>> attribute)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var post in _site.Posts)
        {
            foreach (var key in attribute(post))
            {
                if (map.GetValueOrDefault(key) is not List<object?> list)
                {
                    map[key] = list = [];
                }
                list.Insert(0, post);
            }
        }
        return map;
    }

    // Jekyll: Drops::CollectionDrop — label, docs, files, output, relative_directory, directory, plus metadata.
    private Dictionary<string, object?> CollectionValue(Configuration.CollectionConfig collection)
    {
        var map = new Dictionary<string, object?>(collection.Metadata, StringComparer.Ordinal)
        {
            ["label"] = collection.Label,
            ["docs"] = _site.Collections.TryGetValue(collection.Label, out var docs) ? docs.Cast<object?>().ToList() : [],
            ["files"] = _site.StaticFiles.Where(f => f.Collection == collection.Label).Cast<object?>().ToList(),
            ["output"] = collection.Output,
            ["relative_directory"] = "_" + collection.Label,
            ["directory"] = Path.Combine(_site.Config.Source, "_" + collection.Label),
        };
        return map;
    }
}
