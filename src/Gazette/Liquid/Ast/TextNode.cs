using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;

namespace Gazette.Liquid.Ast;

/// <summary>Literal template text (after whitespace control has trimmed it).</summary>
internal sealed class TextNode : Statement
{
    public TextNode(string text, bool isRaw = false)
    {
        Text = text;
        IsRaw = isRaw;
    }

    /// <summary>The body of a <c>raw</c> tag: a tag in Liquid, so whitespace control does not strip it.</summary>
    public bool IsRaw { get; }

    /// <summary>Editable while the template is parsed: a following <c>{%-</c> strips its end.</summary>
    public string Text { get; set; }

    public override ValueTask<Completion> WriteToAsync(TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        if (Text.Length > 0)
        {
            writer.Write(Text);
        }
        return new ValueTask<Completion>(Completion.Normal);
    }
}
