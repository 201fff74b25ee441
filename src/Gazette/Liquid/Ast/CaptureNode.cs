using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;
using Fluid.Values;
using Gazette.Liquid.Runtime;
using Gazette.Liquid.Syntax;

namespace Gazette.Liquid.Ast;

/// <summary>Liquid 4's <c>capture</c>: renders its body into a string assigned in the outermost scope.</summary>
internal sealed class CaptureNode : Statement
{
    private readonly string _to;
    private readonly IReadOnlyList<Statement> _body;

    private CaptureNode(string to, IReadOnlyList<Statement> body)
    {
        _to = to;
        _body = body;
    }

    public static LiquidNode Parse(LiquidTagContext tag)
    {
        var match = LiquidRegex.CaptureSyntax().Match(tag.Markup);
        if (!match.Success)
        {
            throw new LiquidSyntaxException("Syntax Error in 'capture' - Valid syntax: capture [var]");
        }
        var body = new BlockBody();
        var blank = true;
        while (tag.Run.ParseBlockBody(body, tag.Name, null, ref blank))
        {
        }
        return new LiquidNode(new CaptureNode(match.Groups[1].Value, body.ToArray()), Blank: true, IsBlock: true);
    }

    public override async ValueTask<Completion> WriteToAsync(TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        using var output = new StringWriter();
        var completion = await _body.RenderStatementsAsync(output, encoder, context);
        LiquidState.Of(context).Assign(_to, new StringValue(output.ToString()));
        return completion;
    }
}
