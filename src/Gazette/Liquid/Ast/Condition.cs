using Fluid;
using Fluid.Ast;
using Fluid.Values;
using Gazette.Liquid.Runtime;

namespace Gazette.Liquid.Ast;

/// <summary>
/// Liquid 4's <c>Condition</c> (lib/liquid/condition.rb): <c>left op right</c>, chained with <c>and</c>/<c>or</c>
/// evaluated from the left without precedence (<c>a or b and c</c> is <c>a or (b and c)</c>).
/// </summary>
internal sealed class Condition
{
    public Condition(Expression? left, string? op, Expression? right)
    {
        Left = left;
        Operator = op;
        Right = right;
    }

    /// <summary>The <c>else</c> of an if or case: always true.</summary>
    public static Condition Else() => new(null, null, null) { IsElse = true };

    public Expression? Left { get; }

    public string? Operator { get; }

    public Expression? Right { get; }

    public bool IsElse { get; private init; }

    private string? _relation;
    private Condition? _child;

    /// <summary>Liquid: <c>Condition#or</c> / <c>#and</c> — links the rest of the chain.</summary>
    public void Link(string relation, Condition child)
    {
        _relation = relation;
        _child = child;
    }

    public async ValueTask<bool> IsTrueAsync(TemplateContext context) => IsElse || RubyCompare.IsTruthy(await EvaluateAsync(context));

    public async ValueTask<FluidValue> EvaluateAsync(TemplateContext context)
    {
        var condition = this;
        while (true)
        {
            var result = await condition.InterpretAsync(context);
            var truthy = RubyCompare.IsTruthy(result);
            if (condition._child is null || (condition._relation == "or" && truthy) || (condition._relation == "and" && !truthy))
            {
                return result;
            }
            condition = condition._child;
        }
    }

    private async ValueTask<FluidValue> InterpretAsync(TemplateContext context)
    {
        if (IsElse)
        {
            return BooleanValue.True;
        }
        var left = Left is null ? NilValue.Instance : await Left.EvaluateAsync(context);
        if (Operator is null)
        {
            return left;
        }
        var right = Right is null ? NilValue.Instance : await Right.EvaluateAsync(context);
        return Operator switch
        {
            "==" => EqualVariables(left, right),
            "!=" or "<>" => BooleanValue.Create(!RubyCompare.IsTruthy(EqualVariables(left, right))),
            "<" or ">" or "<=" or ">=" => Compare(left, right, Operator),
            "contains" => BooleanValue.Create(Contains(left, right)),
            _ => throw new LiquidException("Unknown operator " + Operator),
        };
    }

    // Liquid 4: `blank`/`empty` call blank?/empty? on the other side when it has the method. Without
    // ActiveSupport (as in Jekyll) nothing has blank?, so every comparison with blank is nil (false).
    private static FluidValue EqualVariables(FluidValue left, FluidValue right)
    {
        if (left is EmptyValue or BlankValue)
        {
            return MethodLiteral(left, right);
        }
        if (right is EmptyValue or BlankValue)
        {
            return MethodLiteral(right, left);
        }
        return BooleanValue.Create(RubyCompare.Equal(left, right));
    }

    private static FluidValue MethodLiteral(FluidValue literal, FluidValue other)
    {
        if (literal is BlankValue)
        {
            return NilValue.Instance;
        }
        return other switch
        {
            StringValue s => BooleanValue.Create(s.ToStringValue().Length == 0),
            ArrayValue a => BooleanValue.Create(a.Values.Count == 0),
            DictionaryValue d => BooleanValue.Create(((IFluidIndexable)d.ToObjectValue()).Count == 0),
            _ => NilValue.Instance,
        };
    }

    // Liquid 4: `left.send(op, right)` when both sides have the operator and neither is a hash; Ruby raises when
    // the kinds cannot be compared (1 < "a").
    private static FluidValue Compare(FluidValue left, FluidValue right, string op)
    {
        if (!HasComparison(left) || !HasComparison(right))
        {
            return NilValue.Instance;
        }
        var order = RubyCompare.Spaceship(left, right)
            ?? throw new LiquidException($"comparison of {RubyCompare.ClassName(left)} with {RubyText.Inspect(right)} failed");
        return BooleanValue.Create(op switch
        {
            "<" => order < 0,
            ">" => order > 0,
            "<=" => order <= 0,
            _ => order >= 0,
        });
    }

    private static bool HasComparison(FluidValue value) => value is NumberValue or StringValue or Drops.RubyTimeValue;

    // Liquid 4: contains — String#include? (of the right side's to_s), Array#include?, Hash#key?.
    private static bool Contains(FluidValue left, FluidValue right)
    {
        if (!RubyCompare.IsTruthy(left) || !RubyCompare.IsTruthy(right))
        {
            return false;
        }
        switch (left)
        {
            case StringValue s:
                return s.ToStringValue().Contains(RubyText.ToS(right), StringComparison.Ordinal);
            case ArrayValue array:
                foreach (var item in array.Values)
                {
                    if (RubyCompare.Equal(item, right))
                    {
                        return true;
                    }
                }
                return false;
            case DictionaryValue dictionary:
                return right is StringValue && ((IFluidIndexable)dictionary.ToObjectValue()).TryGetValue(right.ToStringValue(), out _);
            case RubyRangeValue range:
                return right is NumberValue && right.ToNumberValue() >= range.Start && right.ToNumberValue() <= range.End;
            default:
                return false;
        }
    }
}
