using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;
using Gazette.Liquid.Runtime;

namespace Gazette.Liquid.Ast;

/// <summary>
/// A whole template. Rendered on its own (a page or a layout) it starts with fresh Liquid state, as each of
/// Jekyll's renders gets a new Liquid context; rendered inside another (an include) it shares the caller's.
/// A <c>break</c> or <c>continue</c> outside a loop stops the rest of the template, as in Liquid 4.
/// </summary>
internal sealed class DocumentNode : Statement
{
    public DocumentNode(IReadOnlyList<Statement> statements) => Statements = statements;

    public IReadOnlyList<Statement> Statements { get; }

    public override async ValueTask<Completion> WriteToAsync(TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        var state = LiquidState.Of(context);
        if (state.Depth == 0)
        {
            state = LiquidState.Reset(context);
        }
        state.Depth++;
        try
        {
            var completion = await Statements.RenderStatementsAsync(writer, encoder, context);
            if (state.Depth > 1)
            {
                // Liquid 4: an interrupt inside an include reaches the loop around the include tag.
                state.PendingInterrupt = completion;
            }
            return completion;
        }
        finally
        {
            state.Depth--;
        }
    }
}
