using Gazette.Liquid.Ast;
using Gazette.Liquid.Tags;

namespace Gazette.Liquid.Syntax;

/// <summary>
/// Liquid 5's tags that Gazette accepts as an extension, so that newer themes build (Jekyll 4.4 on Liquid 4
/// rejects them as unknown tags): <c>echo</c>, <c>render</c>, the inline comment <c>{% # … %}</c> and the
/// <c>doc</c> block (documentation that is neither parsed nor rendered). The
/// <c>liquid</c> tag is part of the parse itself (<see cref="LiquidParseRun"/>). Off with
/// <c>liquid: { liquid5_tags: false }</c>.
/// </summary>
internal static class Liquid5Tags
{
    public static void AddTo(Dictionary<string, TagParser> tags)
    {
        // Liquid 5: Echo — the markup is a variable with filters, exactly as between {{ and }}.
        tags["echo"] = static tag => new LiquidNode(new OutputNode(VariableSyntax.Parse(tag.Markup, tag.Run)));
        tags["#"] = InlineComment;
        tags["render"] = static tag => new LiquidNode(new CallbackTagNode<RenderMarkup>(RenderMarkup.Parse(tag), RenderTag.RenderAsync));
        tags["doc"] = Doc;
    }

    // Liquid 5: Doc — no markup; the tokens up to {% enddoc %} are skipped unparsed (a nested doc is an error), and
    // it is blank only when empty.
    private static LiquidNode Doc(LiquidTagContext tag)
    {
        if (!LiquidRegex.WhitespaceOrNothing().IsMatch(tag.Markup))
        {
            throw new LiquidSyntaxException("Syntax Error in 'doc' - Valid syntax: {% doc %}{% enddoc %}");
        }
        var empty = true;
        while (tag.Run.NextToken() is { } token)
        {
            var match = LiquidRegex.FullTokenPossiblyInvalid5().Match(token.Text);
            var name = match.Success ? match.Groups[2].Value : null;
            if (name == "doc")
            {
                throw new LiquidSyntaxException("Syntax Error in 'doc' - Nested doc tags are not allowed");
            }
            if (name == "enddoc")
            {
                tag.Run.TrimNextText(token.Text.Length >= 3 && token.Text[^3] == '-');
                empty &= match.Groups[1].Length == 0;
                return new LiquidNode(new TextNode(""), Blank: empty, IsBlock: true);
            }
            empty &= token.Text.Length == 0;
        }
        throw new LiquidSyntaxException("'doc' tag was never closed");
    }

    // Liquid 5: InlineComment — renders nothing, is blank, and every further line of its markup must start with '#'.
    private static LiquidNode InlineComment(LiquidTagContext tag) =>
        LiquidRegex.InlineCommentLine().IsMatch(tag.Markup)
            ? throw new LiquidSyntaxException("Syntax error in tag '#' - Each line of comments must be prefixed by the '#' character")
            : new LiquidNode(new TextNode(""), Blank: true);
}
