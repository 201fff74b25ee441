using Gazette.Liquid.Ast;

namespace Gazette.Liquid.Syntax;

/// <summary>The condition of Liquid 4's <c>if</c>/<c>elsif</c>/<c>unless</c> (lib/liquid/tags/if.rb), strict and lax.</summary>
internal static class ConditionSyntax
{
    private const string SyntaxError = "Syntax Error in tag 'if' - Valid syntax: if [expression]";

    public static Condition Parse(string markup, LiquidParseRun run) => run.Switch(markup, Strict, Lax);

    // Liquid: If#strict_parse — comparisons joined by and/or, nothing after.
    private static Condition Strict(string markup)
    {
        var parser = new MarkupParser(markup);
        var first = Comparison(parser);
        var condition = first;
        while (true)
        {
            var op = parser.IdIs("and") ? "and" : parser.IdIs("or") ? "or" : null;
            if (op is null)
            {
                break;
            }
            var child = Comparison(parser);
            condition.Link(op, child);
            condition = child;
        }
        parser.Consume("end_of_string");
        return first;
    }

    private static Condition Comparison(MarkupParser parser)
    {
        var left = ExpressionParser.Parse(parser.Expression());
        var op = parser.ConsumeIf("comparison");
        return op is null ? new Condition(left, null, null) : new Condition(left, op, ExpressionParser.Parse(parser.Expression()));
    }

    // Liquid: If#lax_parse — split into expressions and and/or words by regex, built from the end.
    private static Condition Lax(string markup)
    {
        var parts = LiquidRegex.ExpressionsAndOperators().Matches(markup).Select(m => m.Value).ToList();
        var condition = Simple(Pop(parts));
        while (parts.Count > 0)
        {
            var op = Pop(parts)?.Trim(' ', '\t', '\n', '\v', '\f', '\r');
            var next = Simple(Pop(parts));
            if (op is not ("and" or "or"))
            {
                throw new LiquidSyntaxException(SyntaxError);
            }
            next.Link(op, condition);
            condition = next;
        }
        return condition;
    }

    private static string? Pop(List<string> parts)
    {
        if (parts.Count == 0)
        {
            return null;
        }
        var last = parts[^1];
        parts.RemoveAt(parts.Count - 1);
        return last;
    }

    private static Condition Simple(string? markup)
    {
        var match = markup is null ? null : LiquidRegex.IfSyntax().Match(markup);
        if (match is null || !match.Success)
        {
            throw new LiquidSyntaxException(SyntaxError);
        }
        return new Condition(
            ExpressionParser.Parse(match.Groups[1].Value),
            match.Groups[2].Success ? match.Groups[2].Value : null,
            ExpressionParser.Parse(match.Groups[3].Success ? match.Groups[3].Value : null));
    }
}
