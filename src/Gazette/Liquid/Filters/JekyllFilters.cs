using Fluid;

namespace Gazette.Liquid.Filters;

/// <summary>Registers every filter Jekyll adds to Liquid (Jekyll's win where names clash: where, sort, date).</summary>
internal static class JekyllFilters
{
    public static FilterCollection WithJekyllFilters(this FilterCollection filters) => filters
        .WithUrlFilters()
        .WithDateFilters()
        .WithJekyllStringFilters()
        .WithJekyllArrayFilters();
}
