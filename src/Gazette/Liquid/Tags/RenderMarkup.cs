using Fluid.Ast;
using Gazette.Liquid.Syntax;

namespace Gazette.Liquid.Tags;

/// <summary>
/// The parsed markup of Liquid 5's <c>render</c> (lib/liquid/tags/render.rb, <c>lax_parse</c>, which its strict
/// mode also uses): <c>'name'</c>, then <c>with expr</c> or <c>for expr</c>, then <c>as alias</c>, and
/// <c>key: value</c> attributes found anywhere in the markup.
/// </summary>
internal sealed class RenderMarkup
{
    private RenderMarkup(string name, Expression? variable, bool isForLoop, string? alias, IReadOnlyList<KeyValuePair<string, Expression>> attributes, int line)
    {
        Name = name;
        Variable = variable;
        IsForLoop = isForLoop;
        Alias = alias;
        Attributes = attributes;
        Line = line;
    }

    /// <summary>The partial's name, as written between the quotes.</summary>
    public string Name { get; }

    /// <summary>The <c>with</c>/<c>for</c> expression, or null.</summary>
    public Expression? Variable { get; }

    public bool IsForLoop { get; }

    /// <summary>The <c>as</c> name, or null (the variable is then named after the partial).</summary>
    public string? Alias { get; }

    public IReadOnlyList<KeyValuePair<string, Expression>> Attributes { get; }

    /// <summary>The tag's line in its template.</summary>
    public int Line { get; }

    /// <summary>The variable the <c>with</c>/<c>for</c> value is bound to: the alias, or the name's last path segment.</summary>
    public string VariableName => Alias ?? Name[(Name.LastIndexOf('/') + 1)..];

    public static RenderMarkup Parse(LiquidTagContext tag)
    {
        var match = LiquidRegex.RenderSyntax().Match(tag.Markup);
        if (!match.Success)
        {
            throw new LiquidSyntaxException("Syntax error in tag 'render' - Template name must be a quoted string");
        }
        var name = ExpressionParser.LiteralValue(ExpressionParser.Parse(match.Groups[1].Value))?.ToStringValue() ?? "";
        var variable = match.Groups[4].Success ? ExpressionParser.Parse(match.Groups[4].Value) : null;
        var attributes = new List<KeyValuePair<string, Expression>>();
        foreach (System.Text.RegularExpressions.Match attribute in LiquidRegex.TagAttributes5().Matches(tag.Markup))
        {
            // Ruby: later keys overwrite earlier ones in the attributes hash, which keeps the first position.
            var index = attributes.FindIndex(a => a.Key == attribute.Groups[1].Value);
            var entry = new KeyValuePair<string, Expression>(attribute.Groups[1].Value, ExpressionParser.Parse(attribute.Groups[2].Value));
            if (index >= 0)
            {
                attributes[index] = entry;
            }
            else
            {
                attributes.Add(entry);
            }
        }
        return new RenderMarkup(name, variable, match.Groups[3].Value == "for",
            match.Groups[6].Success ? match.Groups[6].Value : null, attributes, tag.Line);
    }
}
