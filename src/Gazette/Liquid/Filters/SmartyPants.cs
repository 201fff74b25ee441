using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Gazette.Markdown;

namespace Gazette.Liquid.Filters;

/// <summary>
/// Jekyll's <c>smartify</c>: its SmartyPants converter runs kramdown with only the span parsers for smart quotes,
/// HTML entities, typographic symbols and span HTML (lib/jekyll/converters/smartypants.rb). This ports those
/// parsers (kramdown 2.5 parser/kramdown/smart_quotes.rb, typographic_symbol.rb, html_entity.rb) and the HTML
/// converter's output with <c>entity_output: as_char</c>; HTML tags pass through unchanged.
/// </summary>
internal static partial class SmartyPants
{
    private const string Punct = "[!\"#$%'()*+,\\-./:;<=>?@\\[\\\\\\]^_`{|}~]";
    private const string Close = "[^ \\\\\\t\\r\\n\\[{(-]";

    [GeneratedRegex("(?=[^\\\\]?[\"']|&|--|\\.\\.\\.|(?:\\\\| )?(?:<<|>>)|<)", RegexOptions.Singleline)]
    private static partial Regex SpanStart();

    [GeneratedRegex("\\G(?:[^\\\\]?[\"'])", RegexOptions.Singleline)]
    private static partial Regex QuoteStart();

    [GeneratedRegex("\\G(?:&([a-zA-Z0-9_:][a-zA-Z0-9_.:-]*);|&#([0-9]+);|&#x([0-9a-fA-F]+);)")]
    private static partial Regex Entity();

    [GeneratedRegex("\\G(?:---|--|\\.\\.\\.|\\\\<<|\\\\>>|<< | >>|<<|>>)")]
    private static partial Regex Typographic();

    [GeneratedRegex("\\G(?:<!--.*?-->|</?[A-Za-z][A-Za-z0-9:_.-]*(?:[ \\t\\r\\n][^>]*)?/?>)", RegexOptions.Singleline)]
    private static partial Regex HtmlTag();

    // kramdown: SQ_RULES, tried in order at the current position.
    [GeneratedRegex("\\G(\"|')(?=[_*]{1,2}[^ \\t\\r\\n\\f\\v])")]
    private static partial Regex Rule1();

    [GeneratedRegex("\\G(\"|')(?=" + Punct + "(?!\\.\\.)\\B)")]
    private static partial Regex Rule2();

    [GeneratedRegex("\\G([ \\t\\r\\n\\f\\v]?)\"'(?=[a-zA-Z0-9_])")]
    private static partial Regex Rule3();

    [GeneratedRegex("\\G([ \\t\\r\\n\\f\\v]?)'\"(?=[a-zA-Z0-9_])")]
    private static partial Regex Rule4();

    [GeneratedRegex("\\G([ \\t\\r\\n\\f\\v]?)'(?=[0-9][0-9]s)")]
    private static partial Regex Rule5();

    [GeneratedRegex("\\G([ \\t\\r\\n\\f\\v])('|\")(?=[a-zA-Z0-9_])")]
    private static partial Regex Rule6();

    [GeneratedRegex("\\G(" + Close + ")('|\")")]
    private static partial Regex Rule7();

    [GeneratedRegex("\\G(\"|')(?=[ \\t\\r\\n\\f\\v]|s(?![a-zA-Z0-9_])|$)", RegexOptions.Multiline)]
    private static partial Regex Rule8();

    [GeneratedRegex("\\G(.?)'", RegexOptions.Singleline)]
    private static partial Regex Rule9();

    [GeneratedRegex("\\G(.?)\"", RegexOptions.Singleline)]
    private static partial Regex Rule10();

    public static string Convert(string text, KramdownOptions options)
    {
        var quotes = options.SmartQuotes;
        var source = text.EndsWith('\n') ? text : text + "\n";
        var output = new StringBuilder(source.Length + 16);
        var position = 0;
        while (position < source.Length)
        {
            var start = SpanStart().Match(source, position);
            if (!start.Success)
            {
                Escape(output, source.AsSpan(position));
                break;
            }
            Escape(output, source.AsSpan(position, start.Index - position));
            position = start.Index;
            if (QuoteStart().IsMatch(source, position))
            {
                position = SmartQuote(source, position, output, quotes);
            }
            else if (Entity().Match(source, position) is { Success: true } entity)
            {
                AppendEntity(output, entity);
                position += entity.Length;
            }
            else if (Typographic().Match(source, position) is { Success: true } symbol)
            {
                output.Append(symbol.Value switch
                {
                    "---" => "\u2014",
                    "--" => "\u2013",
                    "..." => "\u2026",
                    "\\<<" => "&lt;&lt;",
                    "\\>>" => "&gt;&gt;",
                    "<< " => "\u00AB\u00A0",
                    " >>" => "\u00A0\u00BB",
                    "<<" => "\u00AB",
                    _ => "\u00BB",
                });
                position += symbol.Length;
            }
            else if (HtmlTag().Match(source, position) is { Success: true } tag)
            {
                output.Append(tag.Value);
                position += tag.Length;
            }
            else
            {
                Escape(output, source.AsSpan(position, 1));
                position++;
            }
        }
        var result = output.ToString();
        return result.EndsWith('\n') ? result[..^1] : result;
    }

    // kramdown: parse_smart_quotes — the first rule that matches decides the quotes and the text kept.
    private static int SmartQuote(string source, int position, StringBuilder output, IReadOnlyList<string> quotes)
    {
        string Quote(string kind, string mark) => kind switch
        {
            "l" => mark == "\"" ? quotes[2] : quotes[0],
            _ => mark == "\"" ? quotes[3] : quotes[1],
        };
        Match m;
        if ((m = Rule1().Match(source, position)).Success)
        {
            output.Append(Quote("l", m.Groups[1].Value));
        }
        else if ((m = Rule2().Match(source, position)).Success)
        {
            output.Append(Quote("r", m.Groups[1].Value));
        }
        else if ((m = Rule3().Match(source, position)).Success)
        {
            Escape(output, m.Groups[1].ValueSpan);
            output.Append(quotes[2]).Append(quotes[0]);
        }
        else if ((m = Rule4().Match(source, position)).Success)
        {
            Escape(output, m.Groups[1].ValueSpan);
            output.Append(quotes[0]).Append(quotes[2]);
        }
        else if ((m = Rule5().Match(source, position)).Success)
        {
            Escape(output, m.Groups[1].ValueSpan);
            output.Append(quotes[1]);
        }
        else if ((m = Rule6().Match(source, position)).Success)
        {
            Escape(output, m.Groups[1].ValueSpan);
            output.Append(Quote("l", m.Groups[2].Value));
        }
        else if ((m = Rule7().Match(source, position)).Success)
        {
            Escape(output, m.Groups[1].ValueSpan);
            output.Append(Quote("r", m.Groups[2].Value));
        }
        else if ((m = Rule8().Match(source, position)).Success)
        {
            output.Append(Quote("r", m.Groups[1].Value));
        }
        else if ((m = Rule9().Match(source, position)).Success)
        {
            Escape(output, m.Groups[1].ValueSpan);
            output.Append(quotes[0]);
        }
        else
        {
            m = Rule10().Match(source, position);
            Escape(output, m.Groups[1].ValueSpan);
            output.Append(quotes[2]);
        }
        return position + m.Length;
    }

    // kramdown: an entity keeps its source form for & < > (and numeric forms of them), else becomes the character;
    // an unknown name is "&amp;" followed by the rest as text.
    private static void AppendEntity(StringBuilder output, Match entity)
    {
        string? character = null;
        if (entity.Groups[1].Success)
        {
            character = KramdownEntities.Resolve(entity.Groups[1].ValueSpan);
        }
        else if (entity.Groups[2].Success && int.TryParse(entity.Groups[2].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var code))
        {
            character = KramdownEntities.FromCodePoint(code);
        }
        else if (entity.Groups[3].Success && int.TryParse(entity.Groups[3].ValueSpan, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var hex))
        {
            character = KramdownEntities.FromCodePoint(hex);
        }
        if (character is null)
        {
            output.Append("&amp;");
            Escape(output, entity.ValueSpan[1..]);
            return;
        }
        output.Append(character is "&" or "<" or ">" ? entity.Value : character);
    }

    // kramdown: escape_html(text, :text) — only & < > are escaped in text.
    private static void Escape(StringBuilder output, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => output.Append("&amp;"),
                '<' => output.Append("&lt;"),
                '>' => output.Append("&gt;"),
                _ => output.Append(c),
            };
        }
    }
}
