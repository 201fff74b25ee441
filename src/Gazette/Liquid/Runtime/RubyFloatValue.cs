using Fluid.Values;

namespace Gazette.Liquid.Runtime;

/// <summary>
/// A Ruby Float that a decimal cannot hold: <c>Infinity</c>, <c>-Infinity</c> or <c>NaN</c> (what
/// <c>1.0 | divided_by: 0</c> gives in Liquid 4). It prints as Ruby prints it.
/// </summary>
internal sealed class RubyFloatValue : FluidValue
{
    public RubyFloatValue(double value) => Value = value;

    public double Value { get; }

    public override FluidValues Type => FluidValues.Number;

    public override bool Equals(FluidValue other) => other is RubyFloatValue f && f.Value.Equals(Value) && !double.IsNaN(Value);

    public override bool ToBooleanValue() => true;

    public override decimal ToNumberValue() => 0;

    public override string ToStringValue() => RubyText.Float(Value);

    public override object ToObjectValue() => Value;

    public override bool Equals(object? obj) => obj is RubyFloatValue other && Equals(other);

    public override int GetHashCode() => Value.GetHashCode();
}
