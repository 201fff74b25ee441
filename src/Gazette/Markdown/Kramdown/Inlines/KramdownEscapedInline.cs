using Markdig.Helpers;
using Markdig.Syntax.Inlines;

namespace Gazette.Markdown.Kramdown.Inlines;

/// <summary>A backslash-escaped character: plain text that smart quotes must not see as the character before a quote.</summary>
internal sealed class KramdownEscapedInline(StringSlice content) : LiteralInline(content);
