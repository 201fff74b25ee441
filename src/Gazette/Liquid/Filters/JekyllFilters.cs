using Fluid;
using Fluid.Values;
using Gazette.Liquid.Runtime;

namespace Gazette.Liquid.Filters;

/// <summary>
/// The filters of Jekyll's Liquid: Liquid 4.0.4's standard filters, then Jekyll's (which win where names
/// clash: <c>where</c>, <c>sort</c>, <c>find</c>). Fluid's own filters are removed first, so a filter that
/// Liquid 4 lacks (<c>sum</c>, <c>base64_encode</c>…) is unknown and passes its input through, as in Jekyll.
/// </summary>
internal static class JekyllFilters
{
    public static FilterCollection WithJekyllFilters(this FilterCollection filters)
    {
        filters.Clear();
        return filters
            .WithStandardStringFilters()
            .WithStandardArrayFilters()
            .WithStandardMathFilters()
            .Add("default", 0, 1, (input, args, _) => IsEmpty(input) ? (args.Count > 0 ? args.At(0) : new StringValue("")) : input)
            .WithUrlFilters()
            .WithDateFilters()
            .WithJekyllStringFilters()
            .WithJekyllArrayFilters()
            .WithJekyllGroupingFilters();
    }

    // Liquid 4: default — nil, false, and anything empty (string, array, hash).
    private static bool IsEmpty(FluidValue input) => input switch
    {
        StringValue s => s.ToStringValue().Length == 0,
        ArrayValue a => a.Values.Count == 0,
        DictionaryValue d => ((IFluidIndexable)d.ToObjectValue()).Count == 0,
        _ => !RubyCompare.IsTruthy(input),
    };
}
