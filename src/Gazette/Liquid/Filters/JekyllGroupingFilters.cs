using Fluid;
using Fluid.Values;
using Gazette.Liquid.Runtime;

namespace Gazette.Liquid.Filters;

/// <summary>Jekyll's <c>GroupingFilters</c> (lib/jekyll/filters/grouping_filters.rb): group_by and group_by_exp.</summary>
internal static class JekyllGroupingFilters
{
    public static FilterCollection WithJekyllGroupingFilters(this FilterCollection filters) => filters
        .Add("group_by", 1, 1, GroupByAsync)
        .Add("group_by_exp", 2, 2, GroupByExpAsync);

    // Jekyll: group_by — [{"name" => property.to_s, "items" => [...], "size" => n}] in order of first appearance.
    private static async ValueTask<FluidValue> GroupByAsync(FluidValue input, FilterArguments args, TemplateContext context)
    {
        if (Groupable(input, context) is not { } items)
        {
            return input;
        }
        var groups = new List<(FluidValue Name, List<FluidValue> Items)>();
        foreach (var item in items)
        {
            var name = new StringValue(RubyText.ToS(await JekyllItemProperty.GetAsync(item, args.At(0), context)));
            AddToGroup(groups, name, item);
        }
        return Grouped(groups);
    }

    // Jekyll: group_by_exp — the groups are named by the expression's value for each item.
    private static async ValueTask<FluidValue> GroupByExpAsync(FluidValue input, FilterArguments args, TemplateContext context)
    {
        if (Groupable(input, context) is not { } items)
        {
            return input;
        }
        var variable = RubyText.ToS(args.At(0));
        var expression = JekyllExpressions.Variable(RubyText.ToS(args.At(1)));
        var state = LiquidState.Of(context);
        var groups = new List<(FluidValue Name, List<FluidValue> Items)>();
        state.Push();
        try
        {
            foreach (var item in items)
            {
                state.SetLocal(variable, item);
                AddToGroup(groups, await expression.EvaluateAsync(context), item);
            }
        }
        finally
        {
            state.Pop();
        }
        return Grouped(groups);
    }

    // Ruby: group_by exists on arrays, hashes (as [key, value] pairs) and ranges.
    private static List<FluidValue>? Groupable(FluidValue input, TemplateContext context) => input switch
    {
        ArrayValue array => [.. array.Values],
        RubyRangeValue range => [.. range.ToArray().Values],
        DictionaryValue dictionary => dictionary.Enumerate(context).ToList(),
        _ => null,
    };

    private static void AddToGroup(List<(FluidValue Name, List<FluidValue> Items)> groups, FluidValue name, FluidValue item)
    {
        foreach (var group in groups)
        {
            if (RubyCompare.Equal(group.Name, name) && RubyNumber.IsFloat(group.Name) == RubyNumber.IsFloat(name))
            {
                group.Items.Add(item);
                return;
            }
        }
        groups.Add((name, [item]));
    }

    private static ArrayValue Grouped(List<(FluidValue Name, List<FluidValue> Items)> groups)
    {
        var result = new FluidValue[groups.Count];
        for (var i = 0; i < groups.Count; i++)
        {
            result[i] = new DictionaryValue(new FluidValueDictionaryFluidIndexable(new Dictionary<string, FluidValue>(StringComparer.Ordinal)
            {
                ["name"] = groups[i].Name,
                ["items"] = new ArrayValue(groups[i].Items),
                ["size"] = NumberValue.Create(groups[i].Items.Count),
            }));
        }
        return new ArrayValue(result);
    }
}
