using System.Collections.Concurrent;
using Fluid;
using Fluid.Ast;
using Fluid.Values;
using Gazette.Liquid.Syntax;

namespace Gazette.Liquid.Drops;

/// <summary>
/// Evaluates a Liquid expression as Jekyll's tags do with <c>context[markup]</c> (Liquid's
/// <c>Expression.parse</c>): a number, a boolean, <c>nil</c>, a quoted string, a range, or a variable path such
/// as <c>post.author.name</c> or <c>page.tags[0]</c>, seeing loop variables and assigns.
/// </summary>
internal static class VariablePath
{
    private static readonly ConcurrentDictionary<string, Expression> Parsed = new(StringComparer.Ordinal);

    public static ValueTask<FluidValue> EvaluateAsync(string path, TemplateContext context) =>
        Parsed.GetOrAdd(path, ExpressionParser.Parse).EvaluateAsync(context);
}
