using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;
using Gazette.Liquid.Runtime;
using Gazette.Liquid.Syntax;

namespace Gazette.Liquid.Ast;

/// <summary>Liquid 4's <c>assign</c>: the variable goes to the outermost scope, so it outlives loops and includes.</summary>
internal sealed class AssignNode : Statement
{
    private readonly string _to;
    private readonly LiquidVariable _from;

    private AssignNode(string to, LiquidVariable from)
    {
        _to = to;
        _from = from;
    }

    // Liquid: Assign::Syntax matches anywhere in the markup; the target may contain dots and brackets.
    public static LiquidNode Parse(LiquidTagContext tag)
    {
        var match = LiquidRegex.AssignSyntax().Match(tag.Markup);
        if (!match.Success)
        {
            throw new LiquidSyntaxException("Syntax Error in 'assign' - Valid syntax: assign [var] = [source]");
        }
        return new LiquidNode(new AssignNode(match.Groups[1].Value, VariableSyntax.Parse(match.Groups[2].Value, tag.Run)), Blank: true);
    }

    public override async ValueTask<Completion> WriteToAsync(TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        context.IncrementSteps();
        var value = await _from.EvaluateAsync(context);
        LiquidState.Of(context).Assign(_to, value);
        return Completion.Normal;
    }
}
