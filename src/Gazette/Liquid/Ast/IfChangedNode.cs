using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;
using Gazette.Liquid.Runtime;
using Gazette.Liquid.Syntax;

namespace Gazette.Liquid.Ast;

/// <summary>Liquid's <c>ifchanged</c>: renders its body, and writes it only when it differs from the last time.</summary>
internal sealed class IfChangedNode : Statement
{
    private readonly IReadOnlyList<Statement> _body;

    private IfChangedNode(IReadOnlyList<Statement> body) => _body = body;

    public static LiquidNode Parse(LiquidTagContext tag)
    {
        var body = new BlockBody();
        var blank = true;
        while (tag.Run.ParseBlockBody(body, tag.Name, null, ref blank))
        {
        }
        return new LiquidNode(new IfChangedNode(body.ToArray()), blank, IsBlock: true);
    }

    public override async ValueTask<Completion> WriteToAsync(TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        using var output = new StringWriter();
        var completion = await _body.RenderStatementsAsync(output, encoder, context);
        var text = output.ToString();
        var state = LiquidState.Of(context);
        if (text != state.IfChanged)
        {
            state.IfChanged = text;
            await writer.WriteAsync(text);
        }
        return completion;
    }
}
