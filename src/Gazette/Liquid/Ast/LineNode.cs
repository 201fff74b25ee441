using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;

namespace Gazette.Liquid.Ast;

/// <summary>
/// A tag or output with its place in the template. Liquid 4 gives a render error the line of the innermost node
/// that raised it (<c>BlockBody#render_node_to_output</c> → <c>Context#handle_error</c>, <c>line_number ||=</c>);
/// this stamps that line and column, in the file being rendered, on a <see cref="LiquidException"/> that has none.
/// </summary>
internal sealed class LineNode : Statement
{
    private readonly Statement _node;
    private readonly int _line;
    private readonly int _column;

    public LineNode(Statement node, int line, int column)
    {
        _node = node;
        _line = line;
        _column = column;
    }

    /// <summary>The tag or output itself.</summary>
    public Statement Node => _node;

    public override ValueTask<Completion> WriteToAsync(TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        ValueTask<Completion> task;
        try
        {
            task = _node.WriteToAsync(writer, encoder, context);
        }
        catch (LiquidException e)
        {
            Stamp(e, context);
            throw;
        }
        return task.IsCompletedSuccessfully ? task : Awaited(task, context);
    }

    private async ValueTask<Completion> Awaited(ValueTask<Completion> task, TemplateContext context)
    {
        try
        {
            return await task;
        }
        catch (LiquidException e)
        {
            Stamp(e, context);
            throw;
        }
    }

    private void Stamp(LiquidException e, TemplateContext context)
    {
        if (RenderScope.TryFrom(context) is not { } scope)
        {
            return;
        }
        var line = scope.CurrentFirstLine + _line - 1;
        if (e.Line == 0)
        {
            (e.File, e.Line, e.Column) = (scope.CurrentFile, line, _column);
        }
        else if (e.Column == 0 && e.Line == line && e.File == scope.CurrentFile)
        {
            // A tag that named its own line (include, post_url…) gets this node's column too.
            e.Column = _column;
        }
    }
}
