using Fluid;
using Fluid.Values;
using Gazette.Model;

namespace Gazette.Liquid.Drops;

/// <summary>
/// A page, post or collection document as Liquid sees it. Jekyll: <c>Drops::DocumentDrop</c> for documents and
/// <c>Convertible#to_liquid</c> for pages — Jekyll's own keys first, then the front matter.
/// </summary>
internal sealed class DocumentDrop : FluidValue, IJekyllHashDrop
{
    public DocumentDrop(Document document) => Document = document;

    public Document Document { get; }

    public override FluidValues Type => FluidValues.Object;

    public override bool Equals(FluidValue other) => other is DocumentDrop drop && ReferenceEquals(drop.Document, Document);

    public override bool ToBooleanValue() => true;

    public override decimal ToNumberValue() => 0;

    // Jekyll: Document#to_s is its output or content.
    public override string ToStringValue() => Document.Output ?? Document.Content ?? Document.RawContent;

    public override object ToObjectValue() => Document;

    public override ValueTask<FluidValue> GetValueAsync(string name, TemplateContext context)
    {
        var builtIn = Document.Kind == DocumentKind.Page ? PageValue(name, context) : DocumentValue(name, context);
        if (builtIn is not null)
        {
            return new ValueTask<FluidValue>(builtIn);
        }
        return new ValueTask<FluidValue>(Document.Data.TryGetValue(name, out var value)
            ? LiquidValues.From(value, context.Options)
            : NilValue.Instance);
    }

    private FluidValue? DocumentValue(string name, TemplateContext context) => name switch
    {
        "content" => new StringValue(ContentFor(context)),
        "output" => OutputFor(context) is { } output ? new StringValue(output) : NilValue.Instance,
        "url" => new StringValue(Document.Url),
        "id" => new StringValue(Document.Id),
        "path" or "relative_path" => new StringValue(Document.RelativePath),
        "collection" => new StringValue(Document.Collection!.Label),
        "name" => Document.Data.TryGetValue("name", out var given) && given is not null ? LiquidValues.From(given, context.Options) : new StringValue(Document.Name),
        "date" => new RubyTimeValue(Document.Date),
        "excerpt" => Excerpt(),
        "next" => Document.Next is null ? NilValue.Instance : new DocumentDrop(Document.Next),
        "previous" => Document.Previous is null ? NilValue.Instance : new DocumentDrop(Document.Previous),
        // Jekyll: Document#initialize calls draft?, which sets data["draft"] (false outside _drafts) on every document.
        "draft" => Document.Data.TryGetValue("draft", out var draft) ? LiquidValues.From(draft, context.Options) : BooleanValue.False,
        _ => null,
    };

    private FluidValue? PageValue(string name, TemplateContext context) => name switch
    {
        "content" => new StringValue(ContentFor(context)),
        "url" => new StringValue(Document.Url),
        "name" => new StringValue(Document.Name),
        "path" => Document.Data.TryGetValue("path", out var path) ? LiquidValues.From(path, context.Options) : new StringValue(Document.RelativePath),
        "dir" => new StringValue(Dir()),
        "excerpt" => Document.Data.TryGetValue("excerpt", out var excerpt) ? LiquidValues.From(excerpt, context.Options) : NilValue.Instance,
        _ => null,
    };

    // Jekyll renders documents one at a time, collections' first, pages last: a template sees the converted
    // content of documents rendered before its own and the source of those after; its own document's content is
    // the source until converted, then the converted text (in layouts).
    private string ContentFor(TemplateContext context)
    {
        var current = RenderScope.TryFrom(context)?.Page;
        if (ReferenceEquals(current, Document))
        {
            return Document.Content ?? Document.RawContent;
        }
        if (ComesAfter(current))
        {
            return Document.RawContent;
        }
        return Document.PendingRender?.Content ?? Document.Content ?? Document.RawContent;
    }

    // Jekyll: Document#output is nil until the document has rendered, its own included (layouts see nil).
    private string? OutputFor(TemplateContext context)
    {
        var current = RenderScope.TryFrom(context)?.Page;
        if (ReferenceEquals(current, Document) || ComesAfter(current))
        {
            return null;
        }
        return Document.PendingRender is { } pending ? pending.Output : Document.Output;
    }

    // Whether this document renders after the one being rendered now (none: a context outside page rendering).
    private bool ComesAfter(Document? current) => current is not null && Document.RenderOrder > current.RenderOrder;

    private FluidValue Excerpt()
    {
        if (Document.Data.TryGetValue("excerpt", out var given) && given is not null)
        {
            return new StringValue(given.ToString() ?? "");
        }
        return Document.Excerpt is null ? NilValue.Instance : new StringValue(Document.Excerpt.Value);
    }

    // Jekyll: Page#dir — the URL if it ends in "/", else its folder with a trailing "/".
    private string Dir()
    {
        if (Document.Url.EndsWith('/'))
        {
            return Document.Url;
        }
        var dir = UrlPath.Directory(Document.Url);
        return dir.EndsWith('/') ? dir : dir + "/";
    }

    // Jekyll: DocumentDrop#keys — its getter methods in the order Ruby's instance_methods lists them, then its data.
    // That order comes from Ruby's method table (symbol ids), not from the source: this is what Jekyll 4.4.1 on
    // Liquid 4.0.4 and Ruby 3.1 prints (Debian's Jekyll 4.3.1 on Liquid 5.4 prints another order). A page is
    // Convertible#to_liquid: a hash of its data followed by content, dir, excerpt, name, path and url.
    private static readonly string[] DocumentKeys =
        ["url", "content", "tags", "collection", "id", "name", "relative_path", "excerpt", "previous", "title", "categories", "output", "next", "path", "date"];

    // Jekyll: a document's data starts with "draft" (set in Document#initialize), before defaults and front matter.
    private static readonly string[] DocumentDataHead = ["draft"];

    private static readonly string[] PageKeys = ["content", "dir", "excerpt", "name", "path", "url"];

    private static readonly HashSet<string> CollapsedKeys = new(StringComparer.Ordinal) { "content", "output", "excerpt", "next", "previous" };

    /// <inheritdoc/>
    public IEnumerable<string> HashKeys(bool collapsed)
    {
        var builtIn = Document.Kind == DocumentKind.Page ? PageKeys : DocumentKeys;
        var keys = Document.Kind == DocumentKind.Page ? [.. Document.Data.Keys, .. builtIn] : builtIn.Concat(DocumentDataHead).Concat(Document.Data.Keys);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (seen.Add(key) && !(collapsed && CollapsedKeys.Contains(key)))
            {
                yield return key;
            }
        }
    }

    public override bool Equals(object? obj) => obj is DocumentDrop drop && Equals(drop);

    public override int GetHashCode() => Document.GetHashCode();
}
