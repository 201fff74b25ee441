using System.Globalization;

namespace Gazette.Yaml;

/// <summary>
/// The text of a loaded YAML value as Ruby's <c>to_s</c> gives it (<c>true</c>, <c>42</c>, <c>1.5</c>), used
/// wherever Jekyll turns a value into a string: mapping keys, config settings, categories and tags.
/// </summary>
internal static class ScalarText
{
    public static string Of(object? value) => value switch
    {
        null => "",
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
