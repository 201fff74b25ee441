using Fluid.Ast;
using Gazette.Liquid.Ast;

namespace Gazette.Liquid.Syntax;

/// <summary>
/// The node list of a block while it is parsed (Liquid 4's <c>BlockBody</c>): text stays editable so that a
/// following <c>{%-</c> can strip it, and blankness is tracked.
/// </summary>
internal sealed class BlockBody
{
    private readonly List<Statement> _nodes = [];

    public bool Blank { get; set; } = true;

    public TextNode? LastText => _nodes.Count > 0 && _nodes[^1] is TextNode { IsRaw: false } text ? text : null;

    public void Add(Statement statement) => _nodes.Add(statement);

    public IReadOnlyList<Statement> Nodes => _nodes;

    public Statement[] ToArray() => [.. _nodes];
}
