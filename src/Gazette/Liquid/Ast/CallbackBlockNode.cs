using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;

namespace Gazette.Liquid.Ast;

/// <summary>A block registered with a parse result and a render function that receives the parsed body (Jekyll's highlight).</summary>
/// <typeparam name="T">What the tag's parser made of its markup.</typeparam>
internal sealed class CallbackBlockNode<T> : Statement
{
    private readonly T _value;
    private readonly IReadOnlyList<Statement> _body;
    private readonly Func<T, IReadOnlyList<Statement>, TextWriter, TextEncoder, TemplateContext, ValueTask<Completion>> _render;

    public CallbackBlockNode(T value, IReadOnlyList<Statement> body,
        Func<T, IReadOnlyList<Statement>, TextWriter, TextEncoder, TemplateContext, ValueTask<Completion>> render)
    {
        _value = value;
        _body = body;
        _render = render;
    }

    public override ValueTask<Completion> WriteToAsync(TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        context.IncrementSteps();
        return _render(_value, _body, writer, encoder, context);
    }
}
