namespace Gazette.Liquid.Syntax;

/// <summary>Parses one tag (and, for a block, its body through <see cref="LiquidTagContext"/>).</summary>
internal delegate LiquidNode TagParser(LiquidTagContext tag);
