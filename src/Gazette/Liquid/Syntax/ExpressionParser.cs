using System.Globalization;
using Fluid.Ast;
using Fluid.Values;
using Gazette.Liquid.Ast;
using Gazette.Liquid.Runtime;

namespace Gazette.Liquid.Syntax;

/// <summary>
/// Liquid 4's <c>Expression.parse</c> (lib/liquid/expression.rb): the keywords, quoted strings, integers,
/// ranges and floats are literals; anything else is a variable lookup.
/// </summary>
internal static class ExpressionParser
{
    public static readonly LiteralExpression Nil = new(NilValue.Instance);

    private static readonly LiteralExpression True = new(BooleanValue.True);
    private static readonly LiteralExpression False = new(BooleanValue.False);
    private static readonly LiteralExpression Blank = new(BlankValue.Instance);
    private static readonly LiteralExpression Empty = new(EmptyValue.Instance);

    public static Expression Parse(string? markup)
    {
        switch (markup)
        {
            case null or "" or "nil" or "null":
                return Nil;
            case "true":
                return True;
            case "false":
                return False;
            case "blank":
                return Blank;
            case "empty":
                return Empty;
        }
        var quoted = LiquidRegex.SingleQuoted().Match(markup);
        if (!quoted.Success)
        {
            quoted = LiquidRegex.DoubleQuoted().Match(markup);
        }
        if (quoted.Success)
        {
            return new LiteralExpression(new StringValue(quoted.Groups[1].Value));
        }
        if (LiquidRegex.Integer().IsMatch(markup))
        {
            return new LiteralExpression(decimal.TryParse(markup, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer)
                ? NumberValue.Create(integer)
                : RubyNumber.Float(double.Parse(markup, CultureInfo.InvariantCulture)));
        }
        var range = LiquidRegex.Range().Match(markup);
        if (range.Success)
        {
            return RangeLookupExpression.Parse(range.Groups[1].Value, range.Groups[2].Value);
        }
        if (LiquidRegex.Float().IsMatch(markup))
        {
            return new LiteralExpression(RubyNumber.Float(RubyNumber.ParseFloat(markup)));
        }
        return VariableLookupExpression.Parse(markup);
    }

    /// <summary>The literal value of an expression that needs no context, or null for a lookup.</summary>
    public static FluidValue? LiteralValue(Expression expression) =>
        expression is LiteralExpression literal ? literal.Value : null;
}
