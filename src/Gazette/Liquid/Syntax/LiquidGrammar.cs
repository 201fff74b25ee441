using Fluid.Ast;
using Parlot;
using Parlot.Fluent;

namespace Gazette.Liquid.Syntax;

/// <summary>
/// Fluid's <c>Grammar</c> slot filled with Liquid 4's parser, so that code calling Fluid's own
/// <c>FluidParser.Parse</c> on a <see cref="JekyllLiquidParser"/> also gets Jekyll's Liquid.
/// </summary>
internal sealed class LiquidGrammar : Parser<IReadOnlyList<Statement>>
{
    private readonly JekyllLiquidParser _parser;

    public LiquidGrammar(JekyllLiquidParser parser) => _parser = parser;

    public override bool Parse(ParseContext context, ref ParseResult<IReadOnlyList<Statement>> result)
    {
        var source = context.Scanner.Buffer;
        LiquidDocument document;
        try
        {
            document = _parser.ParseDocument(source);
        }
        catch (LiquidSyntaxException e)
        {
            throw new ParseException(e.Message, new TextPosition(0, e.Line, 1));
        }
        context.Scanner.Cursor.ResetPosition(new TextPosition(source.Length, 0, 0));
        result.Set(0, source.Length, [document.Root]);
        return true;
    }
}
