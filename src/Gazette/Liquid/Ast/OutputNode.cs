using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;
using Fluid.Values;
using Gazette.Liquid.Runtime;

namespace Gazette.Liquid.Ast;

/// <summary><c>{{ variable | filters }}</c>: the value as Ruby's <c>to_s</c> prints it (arrays joined, hashes inspected).</summary>
internal sealed class OutputNode : Statement
{
    private readonly LiquidVariable _variable;

    public OutputNode(LiquidVariable variable) => _variable = variable;

    public override ValueTask<Completion> WriteToAsync(TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        context.IncrementSteps();
        var task = _variable.EvaluateAsync(context);
        if (task.IsCompletedSuccessfully)
        {
            Write(writer, task.Result);
            return new ValueTask<Completion>(Completion.Normal);
        }
        return Awaited(task, writer);
    }

    private static async ValueTask<Completion> Awaited(ValueTask<FluidValue> task, TextWriter writer)
    {
        Write(writer, await task);
        return Completion.Normal;
    }

    private static void Write(TextWriter writer, FluidValue value)
    {
        if (value is StringValue s)
        {
            writer.Write(s.ToStringValue());
            return;
        }
        writer.Write(RubyText.Output(value));
    }
}
