using Fluid;
using Fluid.Values;
using Gazette.Liquid.Runtime;

namespace Gazette.Liquid.Filters;

/// <summary>
/// Liquid 4's <c>StandardFilters::InputIterator</c>: what the array filters iterate — an array flattened, a
/// hash as a one-item list, a range's integers, nil as nothing, anything else as itself.
/// </summary>
internal static class InputIterator
{
    public static List<FluidValue> Items(FluidValue input, TemplateContext context)
    {
        var items = new List<FluidValue>();
        switch (input)
        {
            case ArrayValue array:
                Flatten(array, items, 0);
                break;
            case RubyRangeValue range:
                items.AddRange(range.Enumerate(context));
                break;
            case DictionaryValue:
                items.Add(input);
                break;
            default:
                if (!input.IsNil())
                {
                    items.Add(input);
                }
                break;
        }
        return items;
    }

    private static void Flatten(ArrayValue array, List<FluidValue> items, int depth)
    {
        if (depth > 100)
        {
            throw new LiquidException("tried to flatten recursive array");
        }
        foreach (var item in array.Values)
        {
            if (item is ArrayValue inner)
            {
                Flatten(inner, items, depth + 1);
            }
            else
            {
                items.Add(item);
            }
        }
    }

    /// <summary>Liquid 4: "cannot select the property 'x'" — a filter's property lookup hit a Ruby TypeError.</summary>
    public static LiquidException PropertyError(FluidValue property) =>
        new($"cannot select the property '{RubyText.ToS(property)}'");
}
