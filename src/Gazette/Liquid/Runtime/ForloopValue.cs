using Fluid;
using Fluid.Values;

namespace Gazette.Liquid.Runtime;

/// <summary>Liquid 4's <c>ForloopDrop</c>: <c>forloop.index</c>, <c>rindex</c>, <c>first</c>, <c>parentloop</c>…</summary>
internal sealed class ForloopValue : FluidValue
{
    private readonly string _name;
    private readonly FluidValue _parent;

    public ForloopValue(string name, int length, ForloopValue? parent)
    {
        _name = name;
        Length = length;
        _parent = parent is null ? NilValue.Instance : parent;
    }

    public int Length { get; }

    public int Index0 { get; set; }

    public override FluidValues Type => FluidValues.Object;

    public override bool Equals(FluidValue other) => ReferenceEquals(this, other);

    public override bool ToBooleanValue() => true;

    public override decimal ToNumberValue() => 0;

    // Liquid: Drop#to_s is the class name.
    public override string ToStringValue() => "Liquid::ForloopDrop";

    public override object ToObjectValue() => this;

    public override ValueTask<FluidValue> GetValueAsync(string name, TemplateContext context) => new(name switch
    {
        "name" => new StringValue(_name),
        "length" => NumberValue.Create(Length),
        "index" => NumberValue.Create(Index0 + 1),
        "index0" => NumberValue.Create(Index0),
        "rindex" => NumberValue.Create(Length - Index0),
        "rindex0" => NumberValue.Create(Length - Index0 - 1),
        "first" => BooleanValue.Create(Index0 == 0),
        "last" => BooleanValue.Create(Index0 == Length - 1),
        "parentloop" => _parent,
        _ => NilValue.Instance,
    });

    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}
