using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace Gazette.Liquid.Ast;

/// <summary>
/// Liquid 4's <c>Variable</c>: an expression and its filters. Keyword arguments reach the filter as one trailing
/// hash argument, as in Ruby; an unknown filter passes its input through unless <c>strict_filters</c> is on.
/// </summary>
internal sealed class LiquidVariable : Expression
{
    public LiquidVariable(Expression input, IReadOnlyList<FilterCall> filters)
    {
        Input = input;
        Filters = filters;
    }

    public Expression Input { get; }

    public IReadOnlyList<FilterCall> Filters { get; }

    public override ValueTask<FluidValue> EvaluateAsync(TemplateContext context)
    {
        if (Filters.Count == 0)
        {
            return Input.EvaluateAsync(context);
        }
        return EvaluateFiltersAsync(context);
    }

    private async ValueTask<FluidValue> EvaluateFiltersAsync(TemplateContext context)
    {
        var value = await Input.EvaluateAsync(context);
        foreach (var filter in Filters)
        {
            var arguments = new FilterArguments();
            foreach (var argument in filter.Arguments)
            {
                arguments.Add(await argument.EvaluateAsync(context));
            }
            if (filter.Keywords.Count > 0)
            {
                var hash = new Dictionary<string, FluidValue>(StringComparer.Ordinal);
                foreach (var (name, expression) in filter.Keywords)
                {
                    hash[name] = await expression.EvaluateAsync(context);
                }
                arguments.Add(new DictionaryValue(new FluidValueDictionaryFluidIndexable(hash)));
            }
            if (!context.Options.Filters.TryGetValue(filter.Name, out var function))
            {
                if (context.Options.StrictFilters)
                {
                    throw new LiquidException("undefined filter " + filter.Name);
                }
                continue;
            }
            value = await function(value, arguments, context);
        }
        return value;
    }
}
