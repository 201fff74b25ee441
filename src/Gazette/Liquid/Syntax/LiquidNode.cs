using Fluid.Ast;

namespace Gazette.Liquid.Syntax;

/// <summary>A parsed tag: its statement, and whether it is blank (Liquid skips a blank block's output).</summary>
/// <param name="Statement">The statement that renders the tag.</param>
/// <param name="Blank">Liquid's <c>blank?</c>: the tag writes nothing worth keeping (assign, comment, whitespace-only blocks).</param>
/// <param name="IsBlock">Whether the tag is a block (only blank blocks have their output dropped).</param>
internal sealed record LiquidNode(Statement Statement, bool Blank = false, bool IsBlock = false);
