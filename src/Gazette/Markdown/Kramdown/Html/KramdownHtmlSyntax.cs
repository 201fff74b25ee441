using System.Text.RegularExpressions;

namespace Gazette.Markdown.Kramdown.Html;

/// <summary>
/// kramdown's HTML regular expressions and element tables (kramdown: parser/html.rb Constants,
/// based on REXML's).
/// </summary>
internal static partial class KramdownHtmlSyntax
{
    public static readonly HashSet<string> SpanElements = new(StringComparer.Ordinal)
    {
        "a", "abbr", "acronym", "b", "big", "bdo", "br", "button", "cite", "code", "del", "dfn", "em", "i", "img", "input",
        "ins", "kbd", "label", "mark", "option", "q", "rb", "rbc", "rp", "rt", "rtc", "ruby", "samp", "select", "small",
        "span", "strong", "sub", "sup", "time", "tt", "u", "var",
    };

    public static readonly HashSet<string> BlockElements = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "applet", "body", "blockquote", "caption", "col", "colgroup", "dd", "div", "dl", "dt",
        "fieldset", "figcaption", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html",
        "head", "iframe", "legend", "menu", "li", "main", "map", "nav", "ol", "optgroup", "p", "pre", "section", "summary",
        "table", "tbody", "td", "th", "thead", "tfoot", "tr", "ul",
    };

    public static readonly HashSet<string> ElementsWithoutBody = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "command", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr",
    };

    private static readonly HashSet<string> BlockContentModel = new(StringComparer.Ordinal)
    {
        "address", "applet", "article", "aside", "blockquote", "body", "dd", "details", "div", "dl", "fieldset", "figure",
        "figcaption", "footer", "form", "header", "hgroup", "iframe", "li", "main", "map", "menu", "nav", "noscript",
        "object", "section", "summary", "td",
    };

    private static readonly HashSet<string> SpanContentModel = new(StringComparer.Ordinal)
    {
        "a", "abbr", "acronym", "b", "bdo", "big", "button", "cite", "caption", "del", "dfn", "dt", "em", "h1", "h2", "h3",
        "h4", "h5", "h6", "i", "ins", "label", "legend", "optgroup", "p", "q", "rb", "rbc", "rp", "rt", "rtc", "ruby",
        "select", "small", "span", "strong", "sub", "sup", "th", "tt",
    };

    /// <summary>True for names kramdown knows as HTML elements (their names are lower-cased).</summary>
    public static bool IsKnownElement(string lowerName) =>
        SpanElements.Contains(lowerName) || BlockElements.Contains(lowerName) || ElementsWithoutBody.Contains(lowerName)
        || BlockContentModel.Contains(lowerName) || SpanContentModel.Contains(lowerName)
        || lowerName is "script" or "style" or "math" or "textarea" or "pre" or "code" or "kbd" or "samp" or "var" or "option";

    /// <summary>kramdown: HTML_CONTENT_MODEL (raw unless listed).</summary>
    public static KramdownContentModel ContentModelOf(string name) =>
        BlockContentModel.Contains(name) ? KramdownContentModel.Block
        : SpanContentModel.Contains(name) ? KramdownContentModel.Span
        : KramdownContentModel.Raw;

    public static string NormalizeName(string name)
    {
        var lower = name.ToLowerInvariant();
        return IsKnownElement(lower) ? lower : name;
    }

    /// <summary>kramdown: parse_html_attributes (names lower-cased inside known elements, no value → "").</summary>
    public static List<KeyValuePair<string, string>> ParseAttributes(string text, bool lowerCaseNames)
    {
        var result = new List<KeyValuePair<string, string>>();
        foreach (Match match in Attribute().Matches(text))
        {
            var name = lowerCaseNames ? match.Groups[1].Value.ToLowerInvariant() : match.Groups[1].Value;
            var value = match.Groups[2].Success ? match.Groups[2].Value : match.Groups[4].Success ? match.Groups[4].Value : "";
            var index = result.FindIndex(p => p.Key == name);
            if (index >= 0)
            {
                result[index] = new(name, value);
            }
            else
            {
                result.Add(new(name, value));
            }
        }
        return result;
    }

    // REXML UNAME_STR: an optional prefix and a name.
    private const string Name = """(?:[A-Za-z_\u00C0-\uFFFF][\w.\-\u00B7]*:)?[A-Za-z_\u00C0-\uFFFF][\w.\-\u00B7]*""";

    // kramdown: HTML_TAG_RE = /<((?>UNAME))\s*((?>\s+UNAME(?:\s*=\s*(?:\p{Word}+|("|').*?\3))?)*)\s*(\/)?>/m
    [GeneratedRegex("""\G<(""" + Name + """)\s*((?:\s+""" + Name + """(?:\s*=\s*(?:\w+|("|').*?\3))?)*)\s*(/)?>""", RegexOptions.Singleline)]
    public static partial Regex Tag();

    // kramdown: HTML_TAG_CLOSE_RE = /<\/(UNAME)\s*>/m
    [GeneratedRegex("""\G</(""" + Name + """)\s*>""")]
    public static partial Regex CloseTag();

    [GeneratedRegex("""\G<!--(.*?)-->""", RegexOptions.Singleline)]
    public static partial Regex Comment();

    [GeneratedRegex("""\G<\?(.*?)\?>""", RegexOptions.Singleline)]
    public static partial Regex Instruction();

    [GeneratedRegex("""\G<!\[CDATA\[(.*?)\]\]>""", RegexOptions.Singleline)]
    public static partial Regex Cdata();

    // kramdown: HTML_RAW_START = /(?=<(UNAME|\/|!--|\?|!\[CDATA\[))/
    [GeneratedRegex("""<(?:""" + Name + """|/|!--|\?|!\[CDATA\[)""")]
    public static partial Regex RawStart();

    // kramdown: HTML_ATTRIBUTE_RE = /\s*(UNAME)(?:\s*=\s*(?:(\p{Word}+)|("|')(.*?)\3))?/m
    [GeneratedRegex("""\s*(""" + Name + """)(?:\s*=\s*(?:(\w+)|("|')(.*?)\3))?""", RegexOptions.Singleline)]
    private static partial Regex Attribute();

    [GeneratedRegex("""</script\s*>""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex ScriptEnd();

    [GeneratedRegex("""</style\s*>""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex StyleEnd();

    // kramdown: TRAILING_WHITESPACE = /[ \t]*\n/
    [GeneratedRegex("""\G[ \t]*\n""")]
    public static partial Regex TrailingWhitespace();
}
