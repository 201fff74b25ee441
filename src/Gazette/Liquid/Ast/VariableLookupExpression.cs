using Fluid;
using Fluid.Ast;
using Fluid.Values;
using Gazette.Liquid.Runtime;
using Gazette.Liquid.Syntax;

namespace Gazette.Liquid.Ast;

/// <summary>
/// Liquid 4's <c>VariableLookup</c> (lib/liquid/variable_lookup.rb): a name, then <c>.key</c> and
/// <c>[expression]</c> lookups. A key that the object does not have gives nil, except <c>size</c>,
/// <c>first</c> and <c>last</c> written with a dot, which call the method when the object has it.
/// </summary>
internal sealed class VariableLookupExpression : Expression
{
    private readonly string? _name;
    private readonly Expression? _nameExpression;
    private readonly Lookup[] _lookups;

    private VariableLookupExpression(string? name, Expression? nameExpression, Lookup[] lookups)
    {
        _name = name;
        _nameExpression = nameExpression;
        _lookups = lookups;
    }

    /// <summary>The plain name when the lookup is a bare variable (<c>x</c>), else null.</summary>
    public string? SimpleName => _lookups.Length == 0 ? _name : null;

    public static VariableLookupExpression Parse(string markup)
    {
        var parts = LiquidRegex.VariableParser().Matches(markup);
        if (parts.Count == 0)
        {
            return new VariableLookupExpression(null, null, []);
        }
        string? name = parts[0].Value;
        Expression? nameExpression = null;
        var bracketed = LiquidRegex.SquareBracketed().Match(name);
        if (bracketed.Success)
        {
            nameExpression = ExpressionParser.Parse(bracketed.Groups[1].Value);
            name = null;
        }
        var lookups = new Lookup[parts.Count - 1];
        for (var i = 1; i < parts.Count; i++)
        {
            var part = parts[i].Value;
            var inner = LiquidRegex.SquareBracketed().Match(part);
            lookups[i - 1] = inner.Success
                ? new Lookup(null, ExpressionParser.Parse(inner.Groups[1].Value), false)
                : new Lookup(new StringValue(part), null, part is "size" or "first" or "last");
        }
        return new VariableLookupExpression(name, nameExpression, lookups);
    }

    public override async ValueTask<FluidValue> EvaluateAsync(TemplateContext context)
    {
        var state = LiquidState.Of(context);
        FluidValue value;
        if (_nameExpression is null)
        {
            value = _name is null ? NilValue.Instance : state.Find(_name, context);
        }
        else
        {
            var name = await _nameExpression.EvaluateAsync(context);
            value = name is StringValue ? state.Find(name.ToStringValue(), context) : NilValue.Instance;
        }
        // Liquid: find_variable returns `to_liquid`, and blank/empty (a MethodLiteral) turn into "" that way.
        if (value is EmptyValue or BlankValue)
        {
            value = StringValue.Empty;
        }
        foreach (var lookup in _lookups)
        {
            var key = lookup.Key ?? await lookup.Expression!.EvaluateAsync(context);
            var found = await LookupAsync(value, key, lookup.IsCommand, context);
            if (found.IsNil())
            {
                if (context.Options.StrictVariables && IsMissing(value, key))
                {
                    throw new LiquidException("undefined variable " + RubyText.ToS(key));
                }
                return NilValue.Instance;
            }
            value = found;
        }
        return value;
    }

    /// <summary>One step of a lookup: <c>object[key]</c> when the object has the key, else the command, else nil.</summary>
    public static async ValueTask<FluidValue> LookupAsync(FluidValue value, FluidValue key, bool isCommand, TemplateContext context)
    {
        switch (value)
        {
            case DictionaryValue dictionary:
                var hash = (IFluidIndexable)dictionary.ToObjectValue();
                if (key is StringValue && hash.TryGetValue(key.ToStringValue(), out var item))
                {
                    return item ?? NilValue.Instance;
                }
                if (RubyNumber.IsInteger(key) || !isCommand)
                {
                    return NilValue.Instance;
                }
                return key.ToStringValue() switch
                {
                    "size" => NumberValue.Create(hash.Count),
                    "first" => FirstPair(hash),
                    _ => NilValue.Instance,
                };
            case ArrayValue array:
                if (RubyNumber.IsInteger(key))
                {
                    var index = key.ToNumberValue();
                    if (index < 0)
                    {
                        index += array.Values.Count;
                    }
                    return index >= 0 && index < array.Values.Count ? array.Values[(int)index] : NilValue.Instance;
                }
                if (!isCommand)
                {
                    return NilValue.Instance;
                }
                return key.ToStringValue() switch
                {
                    "size" => NumberValue.Create(array.Values.Count),
                    "first" => array.Values.Count > 0 ? array.Values[0] : NilValue.Instance,
                    _ => array.Values.Count > 0 ? array.Values[^1] : NilValue.Instance,
                };
            case StringValue text:
                return isCommand && key.ToStringValue() == "size" ? NumberValue.Create(RubyString.Length(text.ToStringValue())) : NilValue.Instance;
            case NumberValue:
                // Ruby: Integer#size is its width in bytes.
                return isCommand && key.ToStringValue() == "size" && RubyNumber.IsInteger(value) ? NumberValue.Create(8) : NilValue.Instance;
            case RubyRangeValue range:
                return !isCommand ? NilValue.Instance : key.ToStringValue() switch
                {
                    "size" => NumberValue.Create(range.Count),
                    "first" => NumberValue.Create(range.Start),
                    _ => NumberValue.Create(range.End),
                };
            case BooleanValue or NilValue or UndefinedValue or EmptyValue or BlankValue or Drops.RubyTimeValue:
                return NilValue.Instance;
            default:
                return key is StringValue ? await value.GetValueAsync(key.ToStringValue(), context) : await value.GetIndexAsync(key, context);
        }
    }

    // Liquid: with strict_variables, a key the hash does not have (or any lookup on nil) raises.
    private static bool IsMissing(FluidValue value, FluidValue key) => value switch
    {
        DictionaryValue dictionary => !(key is StringValue && ((IFluidIndexable)dictionary.ToObjectValue()).TryGetValue(key.ToStringValue(), out _)),
        _ => value.IsNil(),
    };

    // Ruby: Hash#first is the first [key, value] pair.
    private static FluidValue FirstPair(IFluidIndexable hash)
    {
        foreach (var key in hash.Keys)
        {
            hash.TryGetValue(key, out var value);
            return new ArrayValue([new StringValue(key), value ?? NilValue.Instance]);
        }
        return NilValue.Instance;
    }

    private readonly record struct Lookup(StringValue? Key, Expression? Expression, bool IsCommand);
}
