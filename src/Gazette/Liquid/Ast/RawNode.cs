using System.Text;
using Gazette.Liquid.Syntax;

namespace Gazette.Liquid.Ast;

/// <summary>
/// Liquid 4's <c>raw</c> (lib/liquid/tags/raw.rb): the tokens up to <c>{% endraw %}</c>, unparsed. The end tag
/// must be written without whitespace control: <c>{%- endraw %}</c> is not recognised.
/// </summary>
internal static class RawNode
{
    public static LiquidNode Parse(LiquidTagContext tag)
    {
        if (!LiquidRegex.WhitespaceOrNothing().IsMatch(tag.Markup))
        {
            throw new LiquidSyntaxException("Syntax Error in 'raw' - Valid syntax: raw");
        }
        var body = new StringBuilder();
        while (tag.Run.NextToken() is { } token)
        {
            var match = LiquidRegex.RawToken().Match(token.Text);
            if (match.Success)
            {
                body.Append(match.Groups[1].Value);
                if (match.Groups[2].Value == "endraw")
                {
                    return new LiquidNode(new TextNode(body.ToString(), isRaw: true), body.Length == 0, IsBlock: true);
                }
            }
            body.Append(token.Text);
        }
        throw new LiquidSyntaxException("'raw' tag was never closed");
    }
}
