using Fluid;
using Fluid.Values;

namespace Gazette.Liquid.Runtime;

/// <summary>
/// Ruby's <c>object[key]</c> as Liquid's filters use it on items (<c>map</c>, <c>sort</c>, <c>where</c>…): a
/// hash looks the key up, a string answers <c>String#[]</c> (the key if it occurs, else nil), an array or an
/// integer given a string raises (Liquid reports "cannot select the property").
/// </summary>
internal static class RubyIndex
{
    /// <summary>Ruby's <c>respond_to?(:[])</c>.</summary>
    public static bool HasIndexer(FluidValue value) => value switch
    {
        DictionaryValue or ArrayValue or StringValue => true,
        NumberValue => RubyNumber.IsInteger(value),
        _ when value.IsNil() => false,
        BooleanValue or RubyRangeValue or Drops.RubyTimeValue or EmptyValue or BlankValue => false,
        _ => true,
    };

    public static async ValueTask<FluidValue> GetAsync(FluidValue item, FluidValue key, TemplateContext context)
    {
        switch (item)
        {
            case DictionaryValue dictionary:
                return key is StringValue && ((IFluidIndexable)dictionary.ToObjectValue()).TryGetValue(key.ToStringValue(), out var value)
                    ? value ?? NilValue.Instance
                    : NilValue.Instance;
            case ArrayValue array when RubyNumber.IsInteger(key):
                var index = (int)key.ToNumberValue();
                index = index < 0 ? index + array.Values.Count : index;
                return index >= 0 && index < array.Values.Count ? array.Values[index] : NilValue.Instance;
            case StringValue text when key is StringValue:
                return text.ToStringValue().Contains(key.ToStringValue(), StringComparison.Ordinal) ? key : NilValue.Instance;
            case StringValue text when RubyNumber.IsInteger(key):
                return RubyString.Slice(text.ToStringValue(), (long)key.ToNumberValue(), 1) is { Length: > 0 } c ? new StringValue(c) : NilValue.Instance;
            case ArrayValue or StringValue or NumberValue:
                throw new PropertyTypeException();
            default:
                if (!HasIndexer(item))
                {
                    return NilValue.Instance;
                }
                return key is StringValue ? await item.GetValueAsync(key.ToStringValue(), context) : await item.GetIndexAsync(key, context);
        }
    }

    /// <summary>Ruby's TypeError from <c>[]</c> with a key of the wrong kind.</summary>
    internal sealed class PropertyTypeException : Exception
    {
        public PropertyTypeException()
            : base("no implicit conversion into Integer")
        {
        }
    }
}
