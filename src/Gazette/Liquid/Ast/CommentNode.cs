using Gazette.Liquid.Syntax;

namespace Gazette.Liquid.Ast;

/// <summary>
/// Liquid 4's <c>comment</c>: renders nothing, but its body is still parsed — registered tags inside must be
/// valid and closed; unknown tags (and <c>else</c>) are ignored.
/// </summary>
internal static class CommentNode
{
    public static LiquidNode Parse(LiquidTagContext tag)
    {
        var body = new BlockBody();
        var blank = true;
        while (tag.Run.ParseBlockBody(body, tag.Name, static (_, _) => { }, ref blank))
        {
        }
        return new LiquidNode(new TextNode(""), Blank: true, IsBlock: true);
    }
}
