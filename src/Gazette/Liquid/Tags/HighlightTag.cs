using System.Text;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;

namespace Gazette.Liquid.Tags;

/// <summary>
/// Jekyll's <c>{% highlight lang [linenos] %}</c> (lib/jekyll/tags/highlight.rb): renders its body, strips it,
/// and wraps the code in <c>figure.highlight</c>.
/// </summary>
internal static class HighlightTag
{
    public static async ValueTask<Completion> RenderAsync(TagMarkup markup, IReadOnlyList<Statement> body, TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        using var inner = new StringWriter();
        foreach (var statement in body)
        {
            await statement.WriteToAsync(inner, encoder, context);
        }
        var code = inner.ToString().Trim('\n', '\r', ' ', '\t');
        var language = markup.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        var sb = new StringBuilder();
        sb.Append(context.GetValue("highlighter_prefix").ToStringValue());
        sb.Append("<figure class=\"highlight\"><pre><code class=\"language-").Append(language)
          .Append("\" data-lang=\"").Append(language).Append("\">")
          .Append(Highlighting.RougeHighlighter.Highlight(code, language))
          .Append("</code></pre></figure>")
          .Append(context.GetValue("highlighter_suffix").ToStringValue());
        await writer.WriteAsync(sb.ToString());
        return Completion.Normal;
    }
}
