using Fluid.Ast;

namespace Gazette.Liquid.Syntax;

/// <summary>The markup of Liquid 4's <c>for</c>: <c>item in collection [reversed] [limit: n] [offset: n|continue]</c>.</summary>
internal static class ForSyntax
{
    /// <summary>A parsed <c>for</c> header.</summary>
    /// <param name="Variable">The loop variable.</param>
    /// <param name="CollectionMarkup">The collection's markup (names the loop for <c>offset: continue</c>).</param>
    /// <param name="Collection">The collection expression.</param>
    /// <param name="Reversed">Whether <c>reversed</c> was given.</param>
    /// <param name="Limit">The limit, or null.</param>
    /// <param name="Offset">The offset, or null.</param>
    /// <param name="OffsetContinue">Whether the offset is <c>continue</c>.</param>
    internal sealed record Header(string Variable, string CollectionMarkup, Expression Collection, bool Reversed,
        Expression? Limit, Expression? Offset, bool OffsetContinue);

    // Liquid: For#strict_parse.
    public static Header Strict(string markup)
    {
        var parser = new MarkupParser(markup);
        var variable = parser.Consume("id");
        if (!parser.IdIs("in"))
        {
            throw new LiquidSyntaxException("For loops require an 'in' clause");
        }
        var collection = parser.Expression();
        var reversed = parser.IdIs("reversed");
        var header = new Header(variable, collection, ExpressionParser.Parse(collection), reversed, null, null, false);
        while (parser.Look("id") && parser.Look("colon", 1))
        {
            var attribute = parser.IdIs("limit") ? "limit" : parser.IdIs("offset") ? "offset" : null;
            if (attribute is null)
            {
                throw new LiquidSyntaxException("Invalid attribute in for loop. Valid attributes are limit and offset");
            }
            parser.Consume();
            header = WithAttribute(header, attribute, parser.Expression());
        }
        parser.Consume("end_of_string");
        return header;
    }

    // Liquid: For#lax_parse — the Syntax regex, then every "key: value" anywhere in the markup.
    public static Header Lax(string markup)
    {
        var match = LiquidRegex.ForSyntax().Match(markup);
        if (!match.Success)
        {
            throw new LiquidSyntaxException("Syntax Error in 'for loop' - Valid syntax: for [item] in [collection]");
        }
        var collection = match.Groups[2].Value;
        var header = new Header(match.Groups[1].Value, collection, ExpressionParser.Parse(collection), match.Groups[3].Success, null, null, false);
        foreach (System.Text.RegularExpressions.Match attribute in LiquidRegex.TagAttributes().Matches(markup))
        {
            header = WithAttribute(header, attribute.Groups[1].Value, attribute.Groups[2].Value);
        }
        return header;
    }

    private static Header WithAttribute(Header header, string key, string value) => key switch
    {
        "offset" when value == "continue" => header with { Offset = null, OffsetContinue = true },
        "offset" => header with { Offset = ExpressionParser.Parse(value), OffsetContinue = false },
        "limit" => header with { Limit = ExpressionParser.Parse(value) },
        _ => header,
    };
}
