using Fluid;
using Fluid.Values;
using Gazette.Model;
using Gazette.Yaml;

namespace Gazette.Liquid.Drops;

/// <summary>
/// Teaches Fluid how Jekyll's values look in Liquid: times print as Ruby does, documents and static files
/// become drops. Registered once on the shared <see cref="TemplateOptions"/>.
/// </summary>
internal static class LiquidValues
{
    public static void Register(TemplateOptions options)
    {
        // Jekyll: YAML times are Ruby Times in the local zone (Psych's Time.at), whatever offset they were written with.
        var zone = options.TimeZone;
        options.ValueConverters.Add(value => value switch
        {
            DateTimeOffset time => new RubyTimeValue(Dates.JekyllTime.InZone(time, zone)),
            YamlDate date => new RubyTimeValue(new DateTimeOffset(date.Value.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), dateOnly: true),
            Document doc => new DocumentDrop(doc),
            StaticFile file => new StaticFileDrop(file),
            double d => Runtime.RubyNumber.Float(d),
            float f => Runtime.RubyNumber.Float(f),
            _ => null,
        });
    }

    /// <summary>Converts a plain value (from YAML, JSON or the model) to a Liquid value.</summary>
    public static FluidValue From(object? value, TemplateOptions options) => FluidValue.Create(value, options);
}
