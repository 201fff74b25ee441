using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;
using Gazette.Liquid.Filters;

namespace Gazette.Liquid.Tags;

/// <summary>
/// Jekyll's <c>{% link path %}</c> (lib/jekyll/tags/link.rb): the URL (with <c>baseurl</c>) of the page,
/// document or static file at a source path; the path may contain <c>{{ variables }}</c>.
/// </summary>
internal static class LinkTag
{
    public static async ValueTask<Completion> RenderAsync(TagMarkup markup, TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        var scope = RenderScope.From(context);
        var path = markup.Text.Contains("{{", StringComparison.Ordinal)
            ? (await scope.Engine.Fragment(markup.Text).RenderAsync(context)).Trim()
            : markup.Text;
        var url = scope.Site.UrlOf(path)
            ?? throw new LiquidException(
                $"Could not find document '{path}' in tag 'link'.\n\nMake sure the document exists and the path is correct.",
                scope.CurrentFile, scope.CurrentFirstLine + markup.Line - 1);
        await writer.WriteAsync(UrlFilters.RelativeUrl(url, scope.Engine.Config.BaseUrl));
        return Completion.Normal;
    }
}
