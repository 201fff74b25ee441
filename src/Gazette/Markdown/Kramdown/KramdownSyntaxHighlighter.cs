using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Gazette.Yaml;

namespace Gazette.Markdown.Kramdown;

/// <summary>
/// kramdown's call into the configured syntax highlighter for one code block or span (kramdown:
/// converter/base.rb highlight_code, converter/syntax_highlighter/rouge.rb and minted.rb), with
/// Rouge's HTMLLegacy formatter around the tokens (wrapper, line-number table).
/// </summary>
internal sealed partial class KramdownSyntaxHighlighter
{
    private readonly KramdownOptions _options;
    private readonly KramdownRougeOptions _block;
    private readonly KramdownRougeOptions _span;

    public KramdownSyntaxHighlighter(KramdownOptions options)
    {
        _options = options;
        _block = KramdownRougeOptions.From(options.SyntaxHighlighterOpts, span: false);
        _span = KramdownRougeOptions.From(options.SyntaxHighlighterOpts, span: true);
    }

    public KramdownOptions Options => _options;

    /// <summary>The class kramdown adds to highlighted code (<c>highlighter-rouge</c>).</summary>
    public string ClassName => "highlighter-" + _options.SyntaxHighlighter;

    /// <summary>
    /// The highlighted HTML for <paramref name="code"/> (what goes inside the block's <c>&lt;div&gt;</c> or the
    /// span's <c>&lt;code&gt;</c>), or null when kramdown writes the code unhighlighted.
    /// <paramref name="defaultLang"/> is the language kramdown then names in the class when the code had none.
    /// </summary>
    public string? Highlight(string code, string? language, bool span, out string? defaultLang)
    {
        defaultLang = null;
        switch (_options.SyntaxHighlighter)
        {
            case "rouge":
                var opts = span ? _span : _block;
                defaultLang = opts.DefaultLang;
                return Rouge(code, language, opts);
            case "minted":
                return Minted(code, language, span);
            default:
                // kramdown: an unknown highlighter only gives a warning; the code stays plain.
                return null;
        }
    }

    // kramdown: rouge.rb call: nothing without a language unless default_lang or guess_lang; no
    // lexer, disable, or a plain-text lexer without guess_lang mean no highlighting.
    private static string? Rouge(string code, string? language, KramdownRougeOptions opts)
    {
        if (language is null && opts.DefaultLang is null && !opts.GuessLang)
        {
            return null;
        }
        var name = language ?? opts.DefaultLang;
        if (opts.Disable)
        {
            return null;
        }
        var tokens = CodeBlockHtml.Highlight(code, name, opts.GuessLang);
        if (tokens is null)
        {
            return null;
        }
        if (opts.LineNumbers)
        {
            tokens = LineTable(code, tokens, opts);
        }
        return opts.Wrap
            ? "<div class=\"highlight\"><pre class=\"" + opts.CssClass + "\"><code>" + tokens + "</code></pre></div>"
            : tokens;
    }

    // Rouge: formatters/html_table.rb. Lexers consolidate their tokens, so the last token ends with
    // a newline exactly when the code does.
    private static string LineTable(string code, string tokens, KramdownRougeOptions opts)
    {
        var lines = code.Count(c => c == '\n');
        if (!code.EndsWith('\n'))
        {
            lines++;
            tokens += "\n";
        }
        var numbers = new StringBuilder();
        for (var i = opts.StartLine; i < opts.StartLine + lines; i++)
        {
            numbers.Append(Sprintf(opts.LineFormat, i)).Append('\n');
        }
        return "<table class=\"" + opts.TableClass + "\"><tbody><tr><td class=\"" + opts.GutterClass + " gl\"><pre class=\"lineno\">"
            + numbers + "</pre></td><td class=\"" + opts.CodeClass + "\"><pre>" + tokens + "</pre></td></tr></tbody></table>";
    }

    // Ruby sprintf for the integer conversions a line format uses (%i, %d with flags and width).
    private static string Sprintf(string format, long number) => IntegerDirective().Replace(format, m =>
    {
        var text = number.ToString(CultureInfo.InvariantCulture);
        var flags = m.Groups[1].Value;
        var width = m.Groups[2].Success ? int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) : 0;
        if (flags.Contains('-'))
        {
            return text.PadRight(width);
        }
        return flags.Contains('0') && number >= 0 ? text.PadLeft(width, '0') : text.PadLeft(width);
    }).Replace("%%", "%", StringComparison.Ordinal);

    // kramdown: minted.rb writes LaTeX for the minted package, unescaped, with the top-level options.
    private string? Minted(string code, string? language, bool span)
    {
        var opts = _options.SyntaxHighlighterOpts;
        var lang = language ?? (KramdownOptionValues.Truthy(opts.GetValueOrDefault("default_lang")) ? ScalarText.Of(opts["default_lang"]) : null);
        if (lang is null)
        {
            return null;
        }
        if (span)
        {
            return "\\mintinline{" + lang + "}{" + code + "}";
        }
        var settings = new List<string>();
        if (KramdownOptionValues.Truthy(opts.GetValueOrDefault("wrap")))
        {
            settings.Add("breaklines");
        }
        if (KramdownOptionValues.Truthy(opts.GetValueOrDefault("line_numbers")))
        {
            settings.Add("linenos");
        }
        if (KramdownOptionValues.Truthy(opts.GetValueOrDefault("frame")))
        {
            settings.Add("frame=" + ScalarText.Of(opts["frame"]));
        }
        return "\\begin{minted}[" + string.Join(',', settings) + "]{" + lang + "}\n" + code + "\n\\end{minted}";
    }

    [GeneratedRegex(@"%([-0 +]*)(\d+)?[id]")]
    private static partial Regex IntegerDirective();
}
