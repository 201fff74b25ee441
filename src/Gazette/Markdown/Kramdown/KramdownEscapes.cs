namespace Gazette.Markdown.Kramdown;

/// <summary>The characters a backslash escapes in kramdown (and the GFM parser).</summary>
internal static class KramdownEscapes
{
    // kramdown: parser/kramdown/escaped_chars.rb ESCAPED_CHARS; kramdown-parser-gfm adds '~'.
    public static bool IsEscapable(char c, bool gfm) => c switch
    {
        '\\' or '.' or '*' or '_' or '+' or '`' or '<' or '>' or '(' or ')' or '[' or ']' or '{' or '}'
            or '#' or '!' or ':' or '|' or '"' or '\'' or '$' or '=' or '-' => true,
        '~' => gfm,
        _ => false,
    };
}
