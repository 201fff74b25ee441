namespace Gazette.Liquid.Syntax;

/// <summary>One token of Liquid 4's strict lexer: its kind (<c>id</c>, <c>string</c>, <c>pipe</c>…) and text.</summary>
/// <param name="Kind">The token kind, named as Liquid names it.</param>
/// <param name="Text">The matched text.</param>
internal readonly record struct MarkupToken(string Kind, string Text);
