using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;
using Gazette.Liquid.Syntax;

namespace Gazette.Liquid.Ast;

/// <summary>Liquid's <c>break</c> and <c>continue</c> (their markup is ignored).</summary>
internal sealed class InterruptNode : Statement
{
    private readonly Completion _completion;

    private InterruptNode(Completion completion) => _completion = completion;

    public static LiquidNode Parse(LiquidTagContext tag) =>
        new(new InterruptNode(tag.Name == "break" ? Completion.Break : Completion.Continue));

    public override ValueTask<Completion> WriteToAsync(TextWriter writer, TextEncoder encoder, TemplateContext context) =>
        new(_completion);
}
