using Fluid.Ast;

namespace Gazette.Liquid.Ast;

/// <summary>One <c>| name: args</c> of a Liquid variable: positional arguments and <c>key: value</c> ones.</summary>
/// <param name="Name">The filter name.</param>
/// <param name="Arguments">The positional argument expressions.</param>
/// <param name="Keywords">The keyword arguments, in order (Liquid passes them as one trailing hash).</param>
internal sealed record FilterCall(string Name, IReadOnlyList<Expression> Arguments, IReadOnlyList<KeyValuePair<string, Expression>> Keywords);
