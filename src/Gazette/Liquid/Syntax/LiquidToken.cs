namespace Gazette.Liquid.Syntax;

/// <summary>A token of Liquid 4's tokenizer: a text run, or a whole <c>{% … %}</c> / <c>{{ … }}</c>, and where it starts.</summary>
/// <param name="Text">The token text.</param>
/// <param name="Offset">Its offset in the template.</param>
internal readonly record struct LiquidToken(string Text, int Offset);
