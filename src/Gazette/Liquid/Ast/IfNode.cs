using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;
using Gazette.Liquid.Syntax;

namespace Gazette.Liquid.Ast;

/// <summary>
/// Liquid 4's <c>if</c> and <c>unless</c>: the first true branch renders. <c>else</c> takes no condition and may
/// repeat (the first one wins); <c>unless</c> negates only its first condition.
/// </summary>
internal sealed class IfNode : Statement
{
    private readonly List<(Condition Condition, IReadOnlyList<Statement> Body)> _branches;
    private readonly bool _unless;

    private IfNode(List<(Condition, IReadOnlyList<Statement>)> branches, bool unless)
    {
        _branches = branches;
        _unless = unless;
    }

    public static LiquidNode Parse(LiquidTagContext tag)
    {
        var conditions = new List<(Condition Condition, BlockBody Body)> { (ConditionSyntax.Parse(tag.Markup, tag.Run), new BlockBody()) };
        var blank = true;
        while (tag.Run.ParseBlockBody(conditions[^1].Body, tag.Name, (name, markup) =>
        {
            if (name is "elsif")
            {
                conditions.Add((ConditionSyntax.Parse(markup, tag.Run), new BlockBody()));
            }
            else if (name is "else")
            {
                conditions.Add((Condition.Else(), new BlockBody()));
            }
            else
            {
                LiquidParseRun.UnknownTag(name, tag.Name);
            }
        }, ref blank))
        {
        }
        var branches = conditions.Select(c => (c.Condition, (IReadOnlyList<Statement>)c.Body.ToArray())).ToList();
        return new LiquidNode(new IfNode(branches, tag.Name == "unless"), blank, IsBlock: true);
    }

    public override async ValueTask<Completion> WriteToAsync(TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        context.IncrementSteps();
        for (var i = 0; i < _branches.Count; i++)
        {
            var (condition, body) = _branches[i];
            var isTrue = await condition.IsTrueAsync(context);
            if (_unless && i == 0)
            {
                isTrue = !isTrue;
            }
            if (isTrue)
            {
                return await body.RenderStatementsAsync(writer, encoder, context);
            }
        }
        return Completion.Normal;
    }
}
