using System.Globalization;
using System.Text.Encodings.Web;
using Fluid.Values;
using Gazette.Dates;

namespace Gazette.Liquid.Drops;

/// <summary>
/// A time as Liquid sees it in Jekyll: printed like Ruby's <c>Time#to_s</c> (<c>2026-01-06 02:44:22 +0000</c>),
/// or like <c>Date#to_s</c> (<c>2026-01-06</c>) for a date without a time; usable by the date filters.
/// </summary>
internal sealed class RubyTimeValue : FluidValue
{
    private readonly bool _dateOnly;

    public RubyTimeValue(DateTimeOffset value, bool dateOnly = false)
    {
        Value = value;
        _dateOnly = dateOnly;
    }

    public DateTimeOffset Value { get; }

    /// <summary>A date without a time (YAML's <c>2026-01-06</c>, Ruby's Date): its midnight is local wherever it is read.</summary>
    public bool IsDate => _dateOnly;

    public override FluidValues Type => FluidValues.DateTime;

    public override bool Equals(FluidValue other) => other is RubyTimeValue time && time.Value == Value;

    public override bool ToBooleanValue() => true;

    public override decimal ToNumberValue() => Value.ToUnixTimeSeconds();

    public override string ToStringValue() =>
        _dateOnly ? Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : JekyllTime.ToRubyString(Value);

    public override object ToObjectValue() => Value;

    public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo) =>
        new(writer.WriteAsync(encoder.Encode(ToStringValue())));

    [Obsolete("WriteTo is obsolete, prefer the WriteToAsync method.")]
    public override void WriteTo(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo) =>
        writer.Write(encoder.Encode(ToStringValue()));

    public override bool Equals(object? obj) => obj is RubyTimeValue other && Equals(other);

    public override int GetHashCode() => Value.GetHashCode();
}
