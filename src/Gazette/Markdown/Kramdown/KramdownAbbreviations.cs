using System.Text;
using System.Text.RegularExpressions;
using Markdig.Syntax;

namespace Gazette.Markdown.Kramdown;

/// <summary>
/// The abbreviation definitions of one document (<c>*[HTML]: Hyper Text Markup Language</c>) and
/// kramdown's way of finding them in text (kramdown: parser/kramdown/abbreviation.rb).
/// </summary>
internal sealed partial class KramdownAbbreviations
{
    private readonly OrderedDictionary<string, (string Title, Block Definition)> _definitions = new(StringComparer.Ordinal);
    private Regex? _abbreviation;
    private Regex? _candidate;

    public bool IsEmpty => _definitions.Count == 0;

    /// <summary>Adds or replaces a definition; <paramref name="definition"/> carries its IAL attributes.</summary>
    public void Add(string id, string title, Block definition)
    {
        _definitions[id] = (title, definition);
        _abbreviation = null;
        _candidate = null;
    }

    // kramdown 2.5: parser/base.rb looks a matched text up as it is, else with every run of
    // whitespace collapsed to one space (so "foo\nbar" finds the definition of "foo bar").
    /// <summary>Finds the definition of a matched abbreviation text.</summary>
    public bool TryGet(string matched, out string title, out Block? definition)
    {
        if (!_definitions.TryGetValue(matched, out var entry))
        {
            var collapsed = WhitespaceRun().Replace(matched, " ");
            if (collapsed == matched || !_definitions.TryGetValue(collapsed, out entry))
            {
                (title, definition) = ("", null);
                return false;
            }
        }
        (title, definition) = entry;
        return true;
    }

    // kramdown: replace_abbreviations scans a text element with a StringScanner: scan_until the
    // lookahead "(?=(?:\W|^)abbr(?!\w))", then the abbreviation itself, or first one \W (or
    // nothing at a line start) and then the abbreviation. The scanner treats its position as a
    // line start, hence the \G. \w is ASCII in Ruby.
    /// <summary>Splits <paramref name="text"/> into plain text and abbreviations and hands each piece to the callbacks, in order.</summary>
    public void Split(string text, Action<string> writeText, Action<string> writeAbbreviation)
    {
        var (abbreviation, candidate) = Patterns();
        var position = 0;
        var textStart = 0;
        while (candidate.Match(text, position) is { Success: true } next)
        {
            position = next.Index;
            var found = abbreviation.Match(text, position);
            if (!found.Success)
            {
                if (position < text.Length && !IsWordChar(text[position]))
                {
                    position++;
                }
                found = abbreviation.Match(text, position);
                if (!found.Success)
                {
                    break;
                }
            }
            if (position > textStart)
            {
                writeText(text[textStart..position]);
            }
            writeAbbreviation(found.Value);
            position += found.Length;
            textStart = position;
        }
        if (textStart < text.Length)
        {
            writeText(text[textStart..]);
        }
    }

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private (Regex Abbreviation, Regex Candidate) Patterns()
    {
        if (_abbreviation is null || _candidate is null)
        {
            // kramdown 2.5: longest first; an escaped space in a key matches any run of whitespace.
            var union = new StringBuilder();
            foreach (var key in _definitions.Keys.OrderByDescending(k => k.Length))
            {
                if (union.Length > 0)
                {
                    union.Append('|');
                }
                union.Append("(?:");
                foreach (var c in key)
                {
                    union.Append(c == ' ' ? @"[ \t\n\v\f\r\p{Z}]+" : Regex.Escape(c.ToString()));
                }
                union.Append(')');
            }
            var pattern = "(?:" + union + ")";
            _abbreviation = new Regex(@"\G" + pattern, RegexOptions.CultureInvariant);
            _candidate = new Regex(@"(?=(?:[^A-Za-z0-9_]|^|\G)" + pattern + "(?![A-Za-z0-9_]))", RegexOptions.Multiline | RegexOptions.CultureInvariant);
        }
        return (_abbreviation, _candidate);
    }

    [GeneratedRegex(@"[ \t\n\v\f\r\p{Z}]+")]
    private static partial Regex WhitespaceRun();
}
