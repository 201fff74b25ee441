using Fluid;
using Fluid.Values;

namespace Gazette.Liquid.Filters;

/// <summary>Jekyll's collection filters (lib/jekyll/filters.rb): where, sort, group_by, push, pop, shift, unshift.</summary>
internal static class JekyllArrayFilters
{
    public static FilterCollection WithJekyllArrayFilters(this FilterCollection filters)
    {
        filters.AddFilter("where", Where);
        filters.AddFilter("sort", Sort);
        filters.AddFilter("group_by", GroupBy);
        filters.AddFilter("push", (input, args, context) => new ArrayValue(Items(input, context).Append(args.At(0)).ToArray()));
        filters.AddFilter("unshift", (input, args, context) => new ArrayValue(Items(input, context).Prepend(args.At(0)).ToArray()));
        filters.AddFilter("pop", (input, args, context) => new ArrayValue(Items(input, context).SkipLast(Count(args)).ToArray()));
        filters.AddFilter("shift", (input, args, context) => new ArrayValue(Items(input, context).Skip(Count(args)).ToArray()));
        return filters;
    }

    private static int Count(FilterArguments args) => args.At(0).IsNil() ? 1 : (int)args.At(0).ToNumberValue();

    private static IEnumerable<FluidValue> Items(FluidValue input, TemplateContext context) =>
        input is ArrayValue array ? array.Values : input.IsNil() ? [] : input.Enumerate(context);

    // Jekyll: where(input, property, value) — compares the property's string form with the value's, and
    // matches when the property is an array containing the value.
    private static async ValueTask<FluidValue> Where(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var property = arguments.At(0).ToStringValue();
        var target = arguments.At(1);
        if (input.IsNil() || property.Length == 0)
        {
            return input;
        }
        var targetText = target.IsNil() ? "" : target.ToStringValue();
        var result = new List<FluidValue>();
        foreach (var item in Items(input, context))
        {
            var value = await item.GetValueAsync(property, context);
            var matches = value switch
            {
                ArrayValue array => array.Values.Any(v => v.ToStringValue() == targetText),
                _ => (value.IsNil() ? "" : value.ToStringValue()) == targetText,
            };
            if (matches)
            {
                result.Add(item);
            }
        }
        return new ArrayValue(result.ToArray());
    }

    // Jekyll: sort(input, property = nil, nils = "first") — a hash sorts into [key, value] pairs.
    private static async ValueTask<FluidValue> Sort(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (input.IsNil())
        {
            throw new LiquidException("Cannot sort a null object.");
        }
        var items = Items(input, context).ToList();
        var property = arguments.At(0);
        if (property.IsNil())
        {
            items.Sort(CompareValues);
            return new ArrayValue(items.ToArray());
        }
        var nilsLast = arguments.At(1).ToStringValue() == "last";
        var keyed = new List<(FluidValue Key, FluidValue Item)>();
        foreach (var item in items)
        {
            keyed.Add((SortKey(await PropertyAsync(item, property.ToStringValue(), context)), item));
        }
        var sorted = keyed.OrderBy(k => k, Comparer<(FluidValue Key, FluidValue Item)>.Create((a, b) =>
        {
            if (a.Key.IsNil() != b.Key.IsNil())
            {
                return a.Key.IsNil() == nilsLast ? 1 : -1;
            }
            return a.Key.IsNil() ? 0 : CompareValues(a.Key, b.Key);
        }));
        return new ArrayValue(sorted.Select(k => k.Item).ToArray());
    }

    // Jekyll: item_property reads dotted properties; parse_sort_input compares numeric strings as numbers.
    private static async ValueTask<FluidValue> PropertyAsync(FluidValue item, string property, TemplateContext context)
    {
        var value = item;
        foreach (var key in property.Split('.'))
        {
            value = await value.GetValueAsync(key, context);
        }
        return value;
    }

    private static FluidValue SortKey(FluidValue value)
    {
        if (value.Type == FluidValues.String && decimal.TryParse(value.ToStringValue().Trim(),
            System.Globalization.NumberStyles.AllowLeadingSign | System.Globalization.NumberStyles.AllowDecimalPoint,
            System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return NumberValue.Create(number);
        }
        return value;
    }

    private static int CompareValues(FluidValue a, FluidValue b)
    {
        if (a is ArrayValue pairA && b is ArrayValue pairB && pairA.Values.Count > 0 && pairB.Values.Count > 0)
        {
            return CompareValues(pairA.Values[0], pairB.Values[0]);
        }
        if (a.Type == FluidValues.Number && b.Type == FluidValues.Number)
        {
            return a.ToNumberValue().CompareTo(b.ToNumberValue());
        }
        if (a is Drops.RubyTimeValue ta && b is Drops.RubyTimeValue tb)
        {
            return ta.Value.CompareTo(tb.Value);
        }
        return string.CompareOrdinal(a.ToStringValue(), b.ToStringValue());
    }

    // Jekyll: group_by — [{"name" => value, "items" => [...], "size" => n}] in order of first appearance.
    private static async ValueTask<FluidValue> GroupBy(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var property = arguments.At(0).ToStringValue();
        var groups = new List<(string Name, List<FluidValue> Items)>();
        foreach (var item in Items(input, context))
        {
            var key = await item.GetValueAsync(property, context);
            var name = key.IsNil() ? "" : key.ToStringValue();
            var group = groups.FindIndex(g => g.Name == name);
            if (group < 0)
            {
                groups.Add((name, [item]));
            }
            else
            {
                groups[group].Items.Add(item);
            }
        }
        return new ArrayValue(groups.Select(g => (FluidValue)new DictionaryValue(new FluidValueDictionaryFluidIndexable(
            new Dictionary<string, FluidValue>(StringComparer.Ordinal)
            {
                ["name"] = new StringValue(g.Name),
                ["items"] = new ArrayValue(g.Items.ToArray()),
                ["size"] = NumberValue.Create(g.Items.Count),
            }))).ToArray());
    }
}
