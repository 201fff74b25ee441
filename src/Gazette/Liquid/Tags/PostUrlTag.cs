using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;
using Gazette.Liquid.Filters;
using Gazette.Model;

namespace Gazette.Liquid.Tags;

/// <summary>
/// Jekyll's <c>{% post_url 2026-01-06-title %}</c> (lib/jekyll/tags/post_url.rb): the URL of the post with that
/// file name (optionally inside a sub-folder of <c>_posts</c>).
/// </summary>
internal static class PostUrlTag
{
    public static async ValueTask<Completion> RenderAsync(TagMarkup markup, TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        var scope = RenderScope.From(context);
        var name = markup.Text;
        var post = scope.Site.Posts.FirstOrDefault(p => Matches(p, name))
            ?? throw new LiquidException(
                $"Could not find post \"{name}\" in tag 'post_url'.\n\nMake sure the post exists and the name is correct.",
                scope.CurrentFile, scope.CurrentFirstLine + markup.Line - 1);
        await writer.WriteAsync(UrlFilters.RelativeUrl(post.Url, scope.Engine.Config.BaseUrl));
        return Completion.Normal;
    }

    // Jekyll: PostComparer matches the file name without extension, and the sub-folder path when one is given.
    private static bool Matches(Document post, string name)
    {
        var path = post.RelativePath[..^post.Extension.Length];
        var postsIndex = path.IndexOf("_posts/", StringComparison.Ordinal);
        var inner = postsIndex >= 0 ? path[(postsIndex + "_posts/".Length)..] : path;
        if (name.Contains('/', StringComparison.Ordinal))
        {
            return inner == name;
        }
        return post.BasenameWithoutExtension == name;
    }
}
