using System.Text.RegularExpressions;
using Fluid;
using Fluid.Values;
using Gazette.Liquid.Runtime;

namespace Gazette.Liquid.Filters;

/// <summary>
/// Jekyll's <c>item_property</c> and <c>compare_property_vs_target</c> (lib/jekyll/filters.rb), shared by
/// <c>where</c>, <c>find</c>, <c>sort</c> and <c>group_by</c>: a (dotted) property of each item, with numeric
/// strings read as numbers.
/// </summary>
internal static partial class JekyllItemProperty
{
    [GeneratedRegex("\\A[ \\t\\r\\n\\f\\v]*-?[0-9]+[ \\t\\r\\n\\f\\v]*\\n?\\z")]
    private static partial Regex IntegerLike();

    [GeneratedRegex("\\A[ \\t\\r\\n\\f\\v]*-?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)[ \\t\\r\\n\\f\\v]*\\n?\\z")]
    private static partial Regex FloatLike();

    /// <summary>Jekyll: <c>item_property(item, property)</c>.</summary>
    public static async ValueTask<FluidValue> GetAsync(FluidValue item, FluidValue property, TemplateContext context)
    {
        var name = RubyText.ToS(property);
        FluidValue value;
        if (!name.Contains('.', StringComparison.Ordinal))
        {
            value = await IndexAsync(item, new StringValue(name), context);
        }
        else
        {
            // Jekyll: read_liquid_attribute — `data.respond_to?(:[]) && data[key]` for each key.
            value = item;
            foreach (var key in name.Split('.'))
            {
                value = RubyIndex.HasIndexer(value) ? await IndexAsync(value, new StringValue(key), context) : BooleanValue.False;
            }
        }
        return ParseSortInput(value);
    }

    private static async ValueTask<FluidValue> IndexAsync(FluidValue item, FluidValue key, TemplateContext context)
    {
        if (!RubyIndex.HasIndexer(item))
        {
            throw new LiquidException($"undefined method `[]' for {RubyText.Inspect(item)}");
        }
        try
        {
            return await RubyIndex.GetAsync(item, key, context);
        }
        catch (RubyIndex.PropertyTypeException)
        {
            throw new LiquidException($"no implicit conversion of String into Integer ({RubyText.Inspect(key)})");
        }
    }

    // Jekyll: parse_sort_input — "12" sorts as 12 and "1.5" as 1.5.
    private static FluidValue ParseSortInput(FluidValue value)
    {
        var text = RubyText.ToS(value);
        if (IntegerLike().IsMatch(text))
        {
            return NumberValue.Create(RubyNumber.ParseInteger(text));
        }
        if (FloatLike().IsMatch(text))
        {
            return RubyNumber.Float(RubyNumber.ParseFloat(text.Trim().StartsWith('.') || text.Trim().StartsWith("-.", StringComparison.Ordinal)
                ? text.Trim().Replace(".", "0.", StringComparison.Ordinal) : text));
        }
        return value;
    }

    /// <summary>Jekyll: <c>compare_property_vs_target</c> — string comparison, any element of an array property.</summary>
    public static bool Matches(FluidValue property, FluidValue target)
    {
        if (target is EmptyValue or BlankValue)
        {
            return (property is StringValue s && s.ToStringValue().Length == 0) || RubyText.Join(new ArrayValue(ToArray(property)), "").Length == 0;
        }
        if (target.IsNil())
        {
            return property.IsNil();
        }
        var text = RubyText.ToS(target);
        if (property is StringValue)
        {
            return property.ToStringValue() == text;
        }
        foreach (var item in ToArray(property))
        {
            if (RubyText.ToS(item) == text)
            {
                return true;
            }
        }
        return false;
    }

    // Ruby: Kernel#Array — nil is empty, an array itself, a hash its pairs, anything else one item.
    private static List<FluidValue> ToArray(FluidValue value) => value switch
    {
        _ when value.IsNil() => [],
        ArrayValue array => [.. array.Values],
        DictionaryValue dictionary => [.. dictionary.Enumerate(null!)],
        RubyRangeValue range => [.. range.ToArray().Values],
        _ => [value],
    };
}
