namespace Gazette.Liquid.Syntax;

/// <summary>A strict-mode syntax error that <c>error_mode: warn</c> recovered from by parsing lax.</summary>
/// <param name="Line">The line in the template text (not the file: front matter is not counted).</param>
/// <param name="Message">
/// Liquid's own text for it, <c>Liquid syntax error (line N): message in "markup"</c> (Liquid 4's
/// <c>Error#to_s</c>), which Jekyll prints after "Liquid Warning:".
/// </param>
internal sealed record LiquidWarning(int Line, string Message);
