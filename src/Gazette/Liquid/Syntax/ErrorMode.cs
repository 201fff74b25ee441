namespace Gazette.Liquid.Syntax;

/// <summary>Liquid's <c>error_mode</c>: Jekyll's default is <see cref="Warn"/> (strict first, then lax).</summary>
internal enum ErrorMode
{
    Lax,
    Warn,
    Strict,
}
