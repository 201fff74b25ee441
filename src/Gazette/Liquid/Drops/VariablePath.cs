using System.Globalization;
using Fluid;
using Fluid.Values;

namespace Gazette.Liquid.Drops;

/// <summary>
/// Evaluates a simple Liquid expression as Jekyll's tags do with <c>context[markup]</c>: a number, a boolean,
/// <c>nil</c>, a quoted string, or a dotted variable path such as <c>post.author.name</c>.
/// </summary>
internal static class VariablePath
{
    public static async ValueTask<FluidValue> EvaluateAsync(string path, TemplateContext context)
    {
        switch (path)
        {
            case "true":
                return BooleanValue.True;
            case "false":
                return BooleanValue.False;
            case "nil" or "null" or "":
                return NilValue.Instance;
        }
        if (path.Length >= 2 && path[0] is '"' or '\'' && path[^1] == path[0])
        {
            return new StringValue(path[1..^1]);
        }
        if (char.IsAsciiDigit(path[0]) || (path[0] == '-' && path.Length > 1))
        {
            if (decimal.TryParse(path, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
            {
                return NumberValue.Create(number);
            }
        }
        var segments = path.Split('.');
        var value = context.GetValue(segments[0]);
        for (var i = 1; i < segments.Length && !value.IsNil(); i++)
        {
            value = await value.GetValueAsync(segments[i], context);
        }
        return value;
    }
}
