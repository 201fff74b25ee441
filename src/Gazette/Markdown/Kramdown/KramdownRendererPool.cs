using Markdig.Helpers;

namespace Gazette.Markdown.Kramdown;

/// <summary>Markdig's object cache holding reusable <see cref="KramdownHtmlRenderer"/> instances (thread-safe).</summary>
internal sealed class KramdownRendererPool : ObjectCache<KramdownHtmlRenderer>
{
    protected override KramdownHtmlRenderer NewInstance() => new();

    protected override void Reset(KramdownHtmlRenderer instance) => instance.Reset();
}
