using Fluid;
using Fluid.Values;
using Gazette.Liquid.Runtime;

namespace Gazette.Liquid.Filters;

/// <summary>
/// Liquid 4.0.4's array filters (lib/liquid/standardfilters.rb). <c>sort</c> and <c>where</c> are Jekyll's
/// (<see cref="JekyllArrayFilters"/>), which replace Liquid's.
/// </summary>
internal static class StandardArrayFilters
{
    public static FilterCollection WithStandardArrayFilters(this FilterCollection filters) => filters
        .Add("join", 0, 1, (input, args, context) => new StringValue(Join(input, args.Count > 0 ? RubyText.ToS(args.At(0)) : " ", context)))
        .Add("sort_natural", 0, 1, SortNatural)
        .Add("uniq", 0, 1, Uniq)
        .Add("reverse", 0, 0, (input, _, context) => Reverse(InputIterator.Items(input, context)))
        .Add("map", 1, 1, Map)
        .Add("compact", 0, 1, Compact)
        .Add("concat", 1, 1, Concat)
        .Add("first", 0, 0, (input, _, _) => First(input))
        .Add("last", 0, 0, (input, _, _) => Last(input));

    private static ArrayValue Array(IEnumerable<FluidValue> items) => new([.. items]);

    private static ValueTask<FluidValue> Reverse(List<FluidValue> items)
    {
        items.Reverse();
        return new ArrayValue(items);
    }

    public static string Join(FluidValue input, string glue, TemplateContext context) =>
        RubyText.Join(new ArrayValue(InputIterator.Items(input, context)), glue);

    // Liquid 4: sort_natural — case-insensitive by to_s, nils last.
    private static async ValueTask<FluidValue> SortNatural(FluidValue input, FilterArguments args, TemplateContext context)
    {
        var items = InputIterator.Items(input, context);
        if (items.Count == 0)
        {
            return ArrayValue.Empty;
        }
        if (args.Count == 0 || args.At(0).IsNil())
        {
            return new ArrayValue(StableSort(items, items, CaseCompare));
        }
        if (!items.TrueForAll(RubyIndex.HasIndexer))
        {
            return NilValue.Instance;
        }
        var keys = await KeysAsync(items, args.At(0), context);
        return new ArrayValue(StableSort(items, keys, CaseCompare));
    }

    private static int CaseCompare(FluidValue a, FluidValue b)
    {
        if (a.IsNil() || b.IsNil())
        {
            return a.IsNil() ? 1 : -1;
        }
        return string.Compare(RubyText.ToS(a), RubyText.ToS(b), StringComparison.OrdinalIgnoreCase) switch
        {
            < 0 => -1,
            > 0 => 1,
            _ => 0,
        };
    }

    /// <summary>Sorts items by their keys (Ruby's sort is not stable, but equal keys keep their order here).</summary>
    public static FluidValue[] StableSort(List<FluidValue> items, List<FluidValue> keys, Comparison<FluidValue> compare)
    {
        var order = new int[items.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }
        try
        {
            System.Array.Sort(order, (x, y) =>
            {
                var c = compare(keys[x], keys[y]);
                return c != 0 ? c : x.CompareTo(y);
            });
        }
        catch (InvalidOperationException e) when (e.InnerException is LiquidException inner)
        {
            // Array.Sort wraps what the comparison throws; Liquid's error is the comparison's.
            throw inner;
        }
        var sorted = new FluidValue[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            sorted[i] = items[order[i]];
        }
        return sorted;
    }

    /// <summary>Each item's <c>item[property]</c>; a Ruby TypeError becomes Liquid's property error.</summary>
    public static async ValueTask<List<FluidValue>> KeysAsync(List<FluidValue> items, FluidValue property, TemplateContext context)
    {
        var keys = new List<FluidValue>(items.Count);
        try
        {
            foreach (var item in items)
            {
                keys.Add(await RubyIndex.GetAsync(item, property, context));
            }
        }
        catch (RubyIndex.PropertyTypeException)
        {
            throw InputIterator.PropertyError(property);
        }
        return keys;
    }

    // Liquid 4: uniq(input, property = nil) — Ruby's uniq (eql?, so 1 and 1.0 differ); by item[property] when given.
    private static async ValueTask<FluidValue> Uniq(FluidValue input, FilterArguments args, TemplateContext context)
    {
        var items = InputIterator.Items(input, context);
        List<FluidValue> keys;
        if (args.Count == 0 || args.At(0).IsNil())
        {
            keys = items;
        }
        else if (items.Count == 0)
        {
            return ArrayValue.Empty;
        }
        else if (!RubyIndex.HasIndexer(items[0]))
        {
            return NilValue.Instance;
        }
        else
        {
            keys = await KeysAsync(items, args.At(0), context);
        }
        var seen = new List<FluidValue>();
        var result = new List<FluidValue>();
        for (var i = 0; i < items.Count; i++)
        {
            if (!seen.Exists(k => Eql(k, keys[i])))
            {
                seen.Add(keys[i]);
                result.Add(items[i]);
            }
        }
        return Array(result);
    }

    // Ruby: eql? — like == but an Integer never equals a Float.
    private static bool Eql(FluidValue a, FluidValue b) =>
        RubyCompare.Equal(a, b) && RubyNumber.IsFloat(a) == RubyNumber.IsFloat(b);

    // Liquid 4: map(input, property) — item[property] for items that have [], nil for the others.
    private static async ValueTask<FluidValue> Map(FluidValue input, FilterArguments args, TemplateContext context)
    {
        var property = args.At(0);
        var items = InputIterator.Items(input, context);
        var result = new FluidValue[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            try
            {
                result[i] = RubyText.ToS(property) == "to_liquid" ? items[i] : await RubyIndex.GetAsync(items[i], property, context);
            }
            catch (RubyIndex.PropertyTypeException)
            {
                throw InputIterator.PropertyError(property);
            }
        }
        return new ArrayValue(result);
    }

    private static async ValueTask<FluidValue> Compact(FluidValue input, FilterArguments args, TemplateContext context)
    {
        var items = InputIterator.Items(input, context);
        if (args.Count == 0 || args.At(0).IsNil())
        {
            items.RemoveAll(i => i.IsNil());
            return new ArrayValue(items);
        }
        if (items.Count == 0)
        {
            return ArrayValue.Empty;
        }
        if (!RubyIndex.HasIndexer(items[0]))
        {
            return NilValue.Instance;
        }
        var keys = await KeysAsync(items, args.At(0), context);
        var kept = new List<FluidValue>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            if (!keys[i].IsNil())
            {
                kept.Add(items[i]);
            }
        }
        return new ArrayValue(kept);
    }

    private static ValueTask<FluidValue> Concat(FluidValue input, FilterArguments args, TemplateContext context)
    {
        if (args.At(0) is not ArrayValue other)
        {
            throw new LiquidException("concat filter requires an array argument");
        }
        var items = InputIterator.Items(input, context);
        items.AddRange(other.Values);
        return Array(items);
    }

    // Ruby: first/last when the value has them — arrays, ranges; a hash has first (a [key, value] pair) but no last.
    private static ValueTask<FluidValue> First(FluidValue input) => input switch
    {
        ArrayValue a => a.Values.Count > 0 ? a.Values[0] : NilValue.Instance,
        RubyRangeValue r => NumberValue.Create(r.Start),
        DictionaryValue d => VariableLookupFirst(d),
        _ => NilValue.Instance,
    };

    private static ValueTask<FluidValue> Last(FluidValue input) => input switch
    {
        ArrayValue a => a.Values.Count > 0 ? a.Values[^1] : NilValue.Instance,
        RubyRangeValue r => NumberValue.Create(r.End),
        _ => NilValue.Instance,
    };

    private static FluidValue VariableLookupFirst(DictionaryValue dictionary)
    {
        var hash = (IFluidIndexable)dictionary.ToObjectValue();
        foreach (var key in hash.Keys)
        {
            hash.TryGetValue(key, out var value);
            return new ArrayValue([new StringValue(key), value ?? NilValue.Instance]);
        }
        return NilValue.Instance;
    }
}
