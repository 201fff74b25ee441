using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;

namespace Gazette.Liquid.Ast;

/// <summary>
/// A blank block (only whitespace, assigns, comments…): Liquid 4 renders it for its effects and drops its
/// output (BlockBody#render_node_to_output with <c>node.blank?</c>).
/// </summary>
internal sealed class SilentNode : Statement
{
    private readonly Statement _block;

    public SilentNode(Statement block) => _block = block;

    public override ValueTask<Completion> WriteToAsync(TextWriter writer, TextEncoder encoder, TemplateContext context) =>
        _block.WriteToAsync(TextWriter.Null, encoder, context);
}
