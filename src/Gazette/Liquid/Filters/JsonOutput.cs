using System.Globalization;
using System.Text;
using Fluid;
using Fluid.Values;
using Gazette.Liquid.Drops;

namespace Gazette.Liquid.Filters;

/// <summary>
/// Jekyll's <c>jsonify</c>: Ruby's <c>to_json</c> — compact, non-ASCII characters kept, only <c>"</c>, <c>\</c>
/// and control characters escaped.
/// </summary>
internal static class JsonOutput
{
    public static string Write(FluidValue value, TemplateContext context)
    {
        var sb = new StringBuilder();
        Append(sb, value, context, 0);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, FluidValue value, TemplateContext context, int depth)
    {
        if (depth > 20)
        {
            sb.Append("null");
            return;
        }
        switch (value)
        {
            case EmptyValue or BlankValue:
            case var _ when value.IsNil():
                sb.Append("null");
                break;
            case BooleanValue b:
                sb.Append(b.ToBooleanValue() ? "true" : "false");
                break;
            case NumberValue n:
                sb.Append(Runtime.RubyText.Number(n.ToNumberValue()));
                break;
            case StringValue s:
                AppendString(sb, s.ToStringValue());
                break;
            case RubyTimeValue t:
                // Ruby: Time#to_json and Date#to_json are their to_s.
                AppendString(sb, t.ToStringValue());
                break;
            case ArrayValue array:
                sb.Append('[');
                var first = true;
                foreach (var item in array.Values)
                {
                    if (!first)
                    {
                        sb.Append(',');
                    }
                    first = false;
                    Append(sb, item, context, depth + 1);
                }
                sb.Append(']');
                break;
            case DictionaryValue dictionary:
                AppendObject(sb, dictionary.Enumerate(context), context, depth);
                break;
            default:
                AppendString(sb, value.ToStringValue());
                break;
        }
    }

    private static void AppendObject(StringBuilder sb, IEnumerable<FluidValue> pairs, TemplateContext context, int depth)
    {
        sb.Append('{');
        var first = true;
        foreach (var pair in pairs)
        {
            if (pair is not ArrayValue { Values.Count: 2 } kv)
            {
                continue;
            }
            if (!first)
            {
                sb.Append(',');
            }
            first = false;
            AppendString(sb, kv.Values[0].ToStringValue());
            sb.Append(':');
            Append(sb, kv.Values[1], context, depth + 1);
        }
        sb.Append('}');
    }

    private static void AppendString(StringBuilder sb, string text)
    {
        sb.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    sb.Append("\\\"");
                    break;
                case '\\':
                    sb.Append("\\\\");
                    break;
                case '\n':
                    sb.Append("\\n");
                    break;
                case '\r':
                    sb.Append("\\r");
                    break;
                case '\t':
                    sb.Append("\\t");
                    break;
                case '\b':
                    sb.Append("\\b");
                    break;
                case '\f':
                    sb.Append("\\f");
                    break;
                case < ' ':
                    sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }
        sb.Append('"');
    }
}
