using Fluid;

namespace Gazette.Liquid.Filters;

/// <summary>
/// Ruby's argument count check for filters: Liquid calls a filter method with the input and the arguments (a
/// keyword argument arrives as one more, a hash), and a wrong count raises "wrong number of arguments".
/// </summary>
internal static class FilterArity
{
    /// <summary>Adds <paramref name="filter"/> taking between <paramref name="min"/> and <paramref name="max"/> arguments besides the input.</summary>
    public static FilterCollection Add(this FilterCollection filters, string name, int min, int max, FilterDelegate filter)
    {
        filters.AddFilter(name, (input, arguments, context) =>
        {
            if (arguments.Count < min || arguments.Count > max)
            {
                var expected = min == max ? (min + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{min + 1}..{max + 1}";
                throw new LiquidException($"wrong number of arguments (given {arguments.Count + 1}, expected {expected})");
            }
            return filter(input, arguments, context);
        });
        return filters;
    }
}
