using Fluid;
using Fluid.Values;

namespace Gazette.Liquid.Runtime;

/// <summary>Liquid 4's <c>TablerowloopDrop</c>: the loop counters plus <c>row</c>, <c>col</c>, <c>col_first</c>, <c>col_last</c>.</summary>
internal sealed class TablerowloopValue : FluidValue
{
    private readonly int _cols;

    public TablerowloopValue(int length, int cols)
    {
        Length = length;
        _cols = cols;
    }

    public int Length { get; }

    public int Index0 { get; private set; }

    public int Row { get; private set; } = 1;

    public int Col { get; private set; } = 1;

    public bool ColLast => Col == _cols;

    public bool Last => Index0 == Length - 1;

    public void Increment()
    {
        Index0++;
        if (Col == _cols)
        {
            Col = 1;
            Row++;
        }
        else
        {
            Col++;
        }
    }

    public override FluidValues Type => FluidValues.Object;

    public override bool Equals(FluidValue other) => ReferenceEquals(this, other);

    public override bool ToBooleanValue() => true;

    public override decimal ToNumberValue() => 0;

    public override string ToStringValue() => "Liquid::TablerowloopDrop";

    public override object ToObjectValue() => this;

    public override ValueTask<FluidValue> GetValueAsync(string name, TemplateContext context) => new(name switch
    {
        "length" => NumberValue.Create(Length),
        "index" => NumberValue.Create(Index0 + 1),
        "index0" => NumberValue.Create(Index0),
        "rindex" => NumberValue.Create(Length - Index0),
        "rindex0" => NumberValue.Create(Length - Index0 - 1),
        "first" => BooleanValue.Create(Index0 == 0),
        "last" => BooleanValue.Create(Last),
        "row" => NumberValue.Create(Row),
        "col" => NumberValue.Create(Col),
        "col0" => NumberValue.Create(Col - 1),
        "col_first" => BooleanValue.Create(Col == 1),
        "col_last" => BooleanValue.Create(ColLast),
        _ => NilValue.Instance,
    });

    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}
