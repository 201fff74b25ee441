using System.Globalization;
using Fluid;
using Fluid.Values;

namespace Gazette.Liquid.Runtime;

/// <summary>
/// A Ruby integer Range (<c>(1..5)</c> in Liquid): prints as <c>1..5</c>, iterates its integers, answers
/// <c>first</c>, <c>last</c> and <c>size</c>.
/// </summary>
internal sealed class RubyRangeValue : FluidValue
{
    public RubyRangeValue(decimal start, decimal end)
    {
        Start = start;
        End = end;
    }

    public decimal Start { get; }

    public decimal End { get; }

    public int Count => End < Start ? 0 : (int)Math.Min(End - Start + 1, int.MaxValue);

    public override FluidValues Type => FluidValues.Object;

    public override bool Equals(FluidValue other) => other is RubyRangeValue range && range.Start == Start && range.End == End;

    public override bool ToBooleanValue() => true;

    public override decimal ToNumberValue() => 0;

    public override string ToStringValue() =>
        Start.ToString(CultureInfo.InvariantCulture) + ".." + End.ToString(CultureInfo.InvariantCulture);

    public override object ToObjectValue() => ToStringValue();

    public override IEnumerable<FluidValue> Enumerate(TemplateContext context)
    {
        for (var i = Start; i <= End; i++)
        {
            yield return NumberValue.Create(i);
        }
    }

    /// <summary>The range's integers (Ruby's <c>Range#to_a</c>).</summary>
    public ArrayValue ToArray()
    {
        var items = new FluidValue[Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = NumberValue.Create(Start + i);
        }
        return new ArrayValue(items);
    }

    public override bool Equals(object? obj) => obj is RubyRangeValue other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Start, End);
}
