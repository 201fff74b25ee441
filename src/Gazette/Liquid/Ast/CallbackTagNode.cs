using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;
using Gazette.Liquid.Runtime;

namespace Gazette.Liquid.Ast;

/// <summary>
/// A tag registered with a parse result and a render function (Jekyll's include, link, post_url…). A
/// <c>break</c> left by a template the tag rendered (an include) is passed on to the enclosing loop.
/// </summary>
/// <typeparam name="T">What the tag's parser made of its markup.</typeparam>
internal sealed class CallbackTagNode<T> : Statement
{
    private readonly T _value;
    private readonly Func<T, TextWriter, TextEncoder, TemplateContext, ValueTask<Completion>> _render;

    public CallbackTagNode(T value, Func<T, TextWriter, TextEncoder, TemplateContext, ValueTask<Completion>> render)
    {
        _value = value;
        _render = render;
    }

    public override async ValueTask<Completion> WriteToAsync(TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        context.IncrementSteps();
        var state = LiquidState.Of(context);
        state.PendingInterrupt = Completion.Normal;
        var completion = await _render(_value, writer, encoder, context);
        var pending = state.PendingInterrupt;
        state.PendingInterrupt = Completion.Normal;
        return completion != Completion.Normal ? completion : pending;
    }
}
