using System.Collections.Concurrent;
using Gazette.Liquid.Ast;
using Gazette.Liquid.Syntax;

namespace Gazette.Liquid.Filters;

/// <summary>
/// The expressions given to Jekyll's <c>*_exp</c> filters, parsed once per distinct text: a strict Liquid
/// condition (Jekyll's own <c>parse_condition</c>), or a Liquid variable with filters (<c>group_by_exp</c>).
/// </summary>
internal static class JekyllExpressions
{
    private static readonly ConcurrentDictionary<string, Condition> Conditions = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, LiquidVariable> Variables = new(StringComparer.Ordinal);

    // Jekyll: parse_condition uses Liquid::Parser directly, so a syntax error raises even in warn mode.
    public static Condition Condition(string expression)
    {
        try
        {
            return Conditions.GetOrAdd(expression, e => ConditionSyntax.Parse(e, new LiquidParseRun("", new Dictionary<string, TagParser>(), ErrorMode.Strict)));
        }
        catch (LiquidSyntaxException e)
        {
            throw new LiquidException("Liquid syntax error: " + e.Message);
        }
    }

    // Jekyll: group_by_exp parses with Liquid::Variable.new(str, ParseContext.new) — the site's error mode.
    public static LiquidVariable Variable(string expression) =>
        Variables.GetOrAdd(expression, e => VariableSyntax.Parse(e, new LiquidParseRun("", new Dictionary<string, TagParser>(), ErrorMode.Warn)));
}
