using System.Globalization;
using System.Text;
using Fluid;
using Fluid.Values;
using Gazette.Liquid.Drops;
using Gazette.Liquid.Runtime;

namespace Gazette.Liquid.Filters;

/// <summary>
/// Ruby's JSON generation as Jekyll uses it: <c>jsonify</c> (<c>to_json</c>: compact, non-ASCII kept, only
/// <c>"</c>, <c>\</c> and control characters escaped) and the pretty form of <c>JSON.pretty_generate</c> that
/// <c>Drop#inspect</c> prints. Drops serialise as hashes of their keys; documents nested two levels deep lose
/// their content and neighbours, as in Jekyll's <c>DocumentDrop#hash_for_json</c>.
/// </summary>
internal static class JsonOutput
{
    public static string Write(FluidValue value, TemplateContext context, bool pretty = false)
    {
        var sb = new StringBuilder();
        Append(sb, value, context, 0, pretty);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, FluidValue value, TemplateContext context, int depth, bool pretty)
    {
        if (depth > 100)
        {
            throw new LiquidException("nesting of 101 is too deep");
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
                sb.Append(RubyText.Number(n.ToNumberValue()));
                break;
            case StringValue s:
                AppendString(sb, s.ToStringValue());
                break;
            case ArrayValue array:
                AppendItems(sb, '[', ']', array.Values.Count, depth, pretty, i => Append(sb, array.Values[i], context, depth + 1, pretty));
                break;
            case DictionaryValue dictionary:
                var hash = (IFluidIndexable)dictionary.ToObjectValue();
                var keys = hash.Keys.ToList();
                AppendItems(sb, '{', '}', keys.Count, depth, pretty, i =>
                {
                    hash.TryGetValue(keys[i], out var item);
                    AppendMember(sb, keys[i], item ?? NilValue.Instance, context, depth, pretty);
                });
                break;
            case IJekyllHashDrop drop:
                AppendDrop(sb, value, drop, context, depth, pretty, collapsed: false);
                break;
            default:
                // Ruby: Time#to_json, Range#to_json… are their to_s as a JSON string.
                AppendString(sb, RubyText.ToS(value));
                break;
        }
    }

    // Jekyll: DocumentDrop#hash_for_json — from two levels deep, a document's next and previous are collapsed.
    private static void AppendDrop(StringBuilder sb, FluidValue value, IJekyllHashDrop drop, TemplateContext context, int depth, bool pretty, bool collapsed)
    {
        var keys = drop.HashKeys(collapsed).ToList();
        AppendItems(sb, '{', '}', keys.Count, depth, pretty, i =>
        {
            var task = value.GetValueAsync(keys[i], context);
            var item = task.IsCompletedSuccessfully ? task.Result : task.AsTask().GetAwaiter().GetResult();
            AppendString(sb, keys[i]);
            sb.Append(pretty ? ": " : ":");
            if (depth >= 2 && keys[i] is "next" or "previous" && item is IJekyllHashDrop neighbour)
            {
                AppendDrop(sb, item, neighbour, context, depth + 1, pretty, collapsed: true);
            }
            else
            {
                Append(sb, item, context, depth + 1, pretty);
            }
        });
    }

    private static void AppendMember(StringBuilder sb, string key, FluidValue value, TemplateContext context, int depth, bool pretty)
    {
        AppendString(sb, key);
        sb.Append(pretty ? ": " : ":");
        Append(sb, value, context, depth + 1, pretty);
    }

    // Ruby: JSON.generate writes "[a,b]"; pretty_generate puts each item on its own line, indented by two
    // spaces per level. Ruby 3.1's json 2.6 writes an empty array as "[", blank line, "]" and an empty hash as
    // "{", "}" on two lines.
    private static void AppendItems(StringBuilder sb, char open, char close, int count, int depth, bool pretty, Action<int> item)
    {
        sb.Append(open);
        if (pretty && count == 0)
        {
            sb.Append(open == '[' ? "\n\n" : "\n").Append(' ', 2 * depth).Append(close);
            return;
        }
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }
            if (pretty)
            {
                sb.Append('\n').Append(' ', 2 * (depth + 1));
            }
            item(i);
        }
        if (pretty && count > 0)
        {
            sb.Append('\n').Append(' ', 2 * depth);
        }
        sb.Append(close);
    }

    private static void AppendString(StringBuilder sb, string text)
    {
        sb.Append('"');
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' => sb.Append("\\\""),
                '\\' => sb.Append("\\\\"),
                '\n' => sb.Append("\\n"),
                '\r' => sb.Append("\\r"),
                '\t' => sb.Append("\\t"),
                '\b' => sb.Append("\\b"),
                '\f' => sb.Append("\\f"),
                < ' ' => sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ => sb.Append(c),
            };
        }
        sb.Append('"');
    }
}
