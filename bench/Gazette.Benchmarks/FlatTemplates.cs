using Fluid;
using Fluid.Values;

namespace Gazette.Benchmarks;

/// <summary>The flat post and default templates parsed by one engine, with <c>site</c> and <c>page</c> converted by that engine's options.</summary>
/// <param name="Post">The post layout with its includes inlined.</param>
/// <param name="Default">The default layout with its includes inlined.</param>
/// <param name="Site">The <c>site</c> value.</param>
/// <param name="Page">The <c>page</c> value.</param>
internal sealed record FlatTemplates(IFluidTemplate Post, IFluidTemplate Default, FluidValue Site, FluidValue Page)
{
    /// <summary>Renders <paramref name="content"/> through the post template, then that through the default template, as Jekyll chains layouts.</summary>
    public string Render(TemplateContext context, StringValue content)
    {
        context.SetValue("site", Site);
        context.SetValue("page", Page);
        context.SetValue("content", content);
        string post = Post.Render(context, NullEncoder.Default);
        context.SetValue("content", new StringValue(post));
        return Default.Render(context, NullEncoder.Default);
    }
}
