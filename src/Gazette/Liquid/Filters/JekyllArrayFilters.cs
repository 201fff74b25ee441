using Fluid;
using Fluid.Values;
using Gazette.Liquid.Runtime;

namespace Gazette.Liquid.Filters;

/// <summary>
/// Jekyll's collection filters (lib/jekyll/filters.rb): where, where_exp, find, find_exp, sort, push, pop,
/// shift, unshift, sample. The grouping filters are in <see cref="JekyllGroupingFilters"/>.
/// </summary>
internal static class JekyllArrayFilters
{
    public static FilterCollection WithJekyllArrayFilters(this FilterCollection filters) => filters
        .Add("where", 2, 2, (input, args, context) => WhereAsync(input, args, context, first: false))
        .Add("find", 2, 2, (input, args, context) => WhereAsync(input, args, context, first: true))
        .Add("where_exp", 2, 2, (input, args, context) => WhereExpAsync(input, args, context, first: false))
        .Add("find_exp", 2, 2, (input, args, context) => WhereExpAsync(input, args, context, first: true))
        .Add("sort", 0, 2, SortAsync)
        .Add("push", 1, 1, (input, args, _) => input is ArrayValue a ? new ArrayValue([.. a.Values, args.At(0)]) : input)
        .Add("unshift", 1, 1, (input, args, _) => input is ArrayValue a ? new ArrayValue([args.At(0), .. a.Values]) : input)
        .Add("pop", 0, 1, (input, args, _) => Remove(input, args, fromEnd: true))
        .Add("shift", 0, 1, (input, args, _) => Remove(input, args, fromEnd: false))
        .Add("sample", 0, 1, (input, args, _) => Sample(input, args));

    /// <summary>What Jekyll's filters iterate: an array, a range, or a hash's values (<c>input.values</c>); null otherwise.</summary>
    private static IReadOnlyList<FluidValue>? Selectable(FluidValue input, TemplateContext context) => input switch
    {
        ArrayValue array => array.Values,
        RubyRangeValue range => range.ToArray().Values,
        DictionaryValue dictionary => Values(dictionary),
        _ => null,
    };

    private static List<FluidValue> Values(DictionaryValue dictionary)
    {
        var hash = (IFluidIndexable)dictionary.ToObjectValue();
        var values = new List<FluidValue>(hash.Count);
        foreach (var key in hash.Keys)
        {
            hash.TryGetValue(key, out var value);
            values.Add(value ?? NilValue.Instance);
        }
        return values;
    }

    // Jekyll: where(input, property, value) and find — the input itself when the property is missing or the value
    // is an array or hash; items whose property matches the value's string form.
    private static async ValueTask<FluidValue> WhereAsync(FluidValue input, FilterArguments args, TemplateContext context, bool first)
    {
        var property = args.At(0);
        var target = args.At(1);
        if (!RubyCompare.IsTruthy(property) || target is ArrayValue or DictionaryValue || Selectable(input, context) is not { } items)
        {
            return input;
        }
        var result = new List<FluidValue>();
        foreach (var item in items)
        {
            if (JekyllItemProperty.Matches(await JekyllItemProperty.GetAsync(item, property, context), target))
            {
                if (first)
                {
                    return item;
                }
                result.Add(item);
            }
        }
        return first ? NilValue.Instance : new ArrayValue(result);
    }

    // Jekyll: where_exp(input, variable, expression) and find_exp — a strict Liquid condition per item.
    private static async ValueTask<FluidValue> WhereExpAsync(FluidValue input, FilterArguments args, TemplateContext context, bool first)
    {
        if (Selectable(input, context) is not { } items)
        {
            return input;
        }
        var variable = RubyText.ToS(args.At(0));
        var condition = JekyllExpressions.Condition(RubyText.ToS(args.At(1)));
        var state = LiquidState.Of(context);
        var result = new List<FluidValue>();
        state.Push();
        try
        {
            foreach (var item in items)
            {
                state.SetLocal(variable, item);
                if (await condition.IsTrueAsync(context))
                {
                    if (first)
                    {
                        return item;
                    }
                    result.Add(item);
                }
            }
        }
        finally
        {
            state.Pop();
        }
        return first ? NilValue.Instance : new ArrayValue(result);
    }

    // Jekyll: sort(input, property = nil, nils = "first").
    private static async ValueTask<FluidValue> SortAsync(FluidValue input, FilterArguments args, TemplateContext context)
    {
        if (input.IsNil())
        {
            throw new LiquidException("Cannot sort a null object.");
        }
        var items = input switch
        {
            ArrayValue array => [.. array.Values],
            RubyRangeValue range => [.. range.ToArray().Values],
            DictionaryValue dictionary => dictionary.Enumerate(context).ToList(),
            _ => throw new LiquidException($"undefined method `sort' for {RubyText.Inspect(input)}"),
        };
        if (args.Count == 0 || args.At(0).IsNil())
        {
            return new ArrayValue(StandardArrayFilters.StableSort(items, items, Spaceship));
        }
        var nils = args.Count > 1 ? RubyText.ToS(args.At(1)) : "first";
        var order = nils switch
        {
            "first" => -1,
            "last" => 1,
            _ => throw new LiquidException($"Invalid nils order: '{nils}' is not a valid nils order. It must be 'first' or 'last'."),
        };
        var keys = new List<FluidValue>(items.Count);
        foreach (var item in items)
        {
            keys.Add(await JekyllItemProperty.GetAsync(item, args.At(0), context));
        }
        return new ArrayValue(StandardArrayFilters.StableSort(items, keys, (a, b) =>
        {
            if (!a.IsNil() && b.IsNil())
            {
                return -order;
            }
            if (a.IsNil() && !b.IsNil())
            {
                return order;
            }
            return RubyCompare.Spaceship(a, b) ?? string.CompareOrdinal(RubyText.ToS(a), RubyText.ToS(b));
        }));
    }

    // Ruby: Array#sort raises when two items cannot be compared.
    private static int Spaceship(FluidValue a, FluidValue b) => RubyCompare.Spaceship(a, b)
        ?? throw new LiquidException($"comparison of {RubyCompare.ClassName(a)} with {RubyCompare.ClassName(b)} failed");

    // Jekyll: pop/shift(array, num = 1) — a copy without the last/first num items; not an array: unchanged.
    private static ValueTask<FluidValue> Remove(FluidValue input, FilterArguments args, bool fromEnd)
    {
        if (input is not ArrayValue array)
        {
            return input;
        }
        var count = args.Count > 0 ? RubyNumber.ToInteger(args.At(0)) : 1;
        if (count < 0)
        {
            throw new LiquidException("negative array size");
        }
        var keep = (int)Math.Max(array.Values.Count - Math.Min(count, array.Values.Count), 0);
        var start = fromEnd ? 0 : array.Values.Count - keep;
        var result = new FluidValue[keep];
        for (var i = 0; i < keep; i++)
        {
            result[i] = array.Values[start + i];
        }
        return new ArrayValue(result);
    }

    // Jekyll: sample(input, num = 1) — random items of an array (Random.Shared, like Ruby's default generator).
    private static ValueTask<FluidValue> Sample(FluidValue input, FilterArguments args)
    {
        if (input is not ArrayValue array)
        {
            return input;
        }
        decimal count;
        try
        {
            count = args.Count > 0 ? RubyNumber.ToInteger(args.At(0)) : 1;
        }
        catch (LiquidException)
        {
            count = 1;
        }
        if (count == 1)
        {
            return array.Values.Count == 0 ? NilValue.Instance : array.Values[Random.Shared.Next(array.Values.Count)];
        }
        if (count < 0)
        {
            throw new LiquidException("negative sample number");
        }
        var shuffled = array.Values.ToArray();
        Random.Shared.Shuffle(shuffled);
        return new ArrayValue(shuffled.Take((int)Math.Min(count, shuffled.Length)).ToArray());
    }
}
