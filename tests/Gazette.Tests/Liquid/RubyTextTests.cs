using Fluid.Values;
using Gazette.Liquid.Runtime;

namespace Gazette.Tests.Liquid;

/// <summary>Ruby's printing of Liquid values; the expectations are what Ruby 3.1 prints for the same values.</summary>
public sealed class RubyTextTests
{
    [Theory]
    [InlineData(1.0, "1.0")]
    [InlineData(0.30000000000000004, "0.30000000000000004")]
    [InlineData(1e16, "1.0e+16")]
    [InlineData(1e15, "1.0e+15")]
    [InlineData(1e14, "100000000000000.0")]
    [InlineData(123456789012345.6, "123456789012345.6")]
    [InlineData(1000000000000000.5, "1000000000000000.5")]
    [InlineData(9999999999999998.0, "9.999999999999998e+15")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.00001, "1.0e-05")]
    [InlineData(-2.5e-7, "-2.5e-07")]
    [InlineData(1.5e300, "1.5e+300")]
    [InlineData(100.0 / 3, "33.333333333333336")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    public void Floats_print_as_Ruby_prints_them(double value, string expected) =>
        Assert.Equal(expected, RubyText.Float(value));

    [Fact]
    public void Decimal_floats_keep_their_float_nature()
    {
        Assert.Equal("3.0", RubyText.ToS(RubyNumber.Float(3)));
        Assert.Equal("3", RubyText.ToS(NumberValue.Create(3)));
        Assert.Equal("1234.3838300038383", RubyText.ToS(RubyNumber.Float(1234.3838300038383)));
    }

    [Fact]
    public void Hashes_and_arrays_inspect_like_Ruby_3_1()
    {
        var hash = new DictionaryValue(new FluidValueDictionaryFluidIndexable(new Dictionary<string, FluidValue>(StringComparer.Ordinal)
        {
            ["a"] = NumberValue.Create(1),
            ["b"] = new ArrayValue([RubyNumber.Float(2.5), NilValue.Instance, new StringValue("q\"\n#{x}")]),
        }));
        Assert.Equal("{\"a\"=>1, \"b\"=>[2.5, nil, \"q\\\"\\n\\#{x}\"]}", RubyText.ToS(hash));
        Assert.Equal("[\"x\", [1]]", RubyText.ToS(new ArrayValue([new StringValue("x"), new ArrayValue([NumberValue.Create(1)])])));
        Assert.Equal("x1", RubyText.Output(new ArrayValue([new StringValue("x"), new ArrayValue([NumberValue.Create(1)])])));
    }
}
