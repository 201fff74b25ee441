using Fluid.Ast;
using Gazette.Liquid.Ast;

namespace Gazette.Liquid.Syntax;

/// <summary>Liquid 4's <c>Variable</c> markup parsing (lib/liquid/variable.rb), strict and lax.</summary>
internal static class VariableSyntax
{
    // Liquid: Variable#markup_context quotes the markup inside braces, unstripped.
    public static LiquidVariable Parse(string markup, LiquidParseRun run) => run.Switch(markup, Strict, Lax, "{{" + markup + "}}");

    // Liquid: Variable#strict_parse — expression, then "| name: arg, key: arg" filters, then the end.
    private static LiquidVariable Strict(string markup)
    {
        var parser = new MarkupParser(markup);
        var input = ExpressionParser.Parse(parser.Expression());
        var filters = new List<FilterCall>();
        while (parser.ConsumeIf("pipe") is not null)
        {
            var name = parser.Consume("id");
            var arguments = new List<string>();
            if (parser.ConsumeIf("colon") is not null)
            {
                arguments.Add(parser.Argument());
                while (parser.ConsumeIf("comma") is not null)
                {
                    arguments.Add(parser.Argument());
                }
            }
            filters.Add(Filter(name, arguments));
        }
        parser.Consume("end_of_string");
        return new LiquidVariable(input, filters);
    }

    // Liquid: Variable#lax_parse — the first quoted fragment is the input; filters are found by regex.
    private static LiquidVariable Lax(string markup)
    {
        var match = LiquidRegex.MarkupWithQuotedFragment().Match(markup);
        if (!match.Success)
        {
            return new LiquidVariable(ExpressionParser.Nil, []);
        }
        var input = ExpressionParser.Parse(match.Groups[1].Value);
        var filters = new List<FilterCall>();
        var filterMarkup = LiquidRegex.FilterMarkup().Match(match.Groups[2].Value);
        if (filterMarkup.Success)
        {
            foreach (System.Text.RegularExpressions.Match chunk in LiquidRegex.FilterParser().Matches(filterMarkup.Groups[1].Value))
            {
                var name = LiquidRegex.Word().Match(chunk.Value);
                if (!name.Success)
                {
                    continue;
                }
                var arguments = new List<string>();
                foreach (System.Text.RegularExpressions.Match argument in LiquidRegex.FilterArgs().Matches(chunk.Value))
                {
                    arguments.Add(argument.Groups[1].Value);
                }
                filters.Add(Filter(name.Value, arguments));
            }
        }
        return new LiquidVariable(input, filters);
    }

    // Liquid: Variable#parse_filter_expressions — "key: value" arguments become keyword arguments.
    private static FilterCall Filter(string name, List<string> arguments)
    {
        var positional = new List<Expression>();
        var keywords = new List<KeyValuePair<string, Expression>>();
        foreach (var argument in arguments)
        {
            var keyword = LiquidRegex.JustTagAttributes().Match(argument);
            if (keyword.Success)
            {
                keywords.RemoveAll(k => k.Key == keyword.Groups[1].Value);
                keywords.Add(new(keyword.Groups[1].Value, ExpressionParser.Parse(keyword.Groups[2].Value)));
            }
            else
            {
                positional.Add(ExpressionParser.Parse(argument));
            }
        }
        return new FilterCall(name, positional, keywords);
    }
}
