using System.Net;

namespace Gazette.Highlighting;

/// <summary>
/// Lexer options from the CGI-style query after a language name (<c>php?start_inline=1</c>), parsed as Rouge's
/// <c>Lexer.lookup_fancy</c> does with Ruby's <c>CGI.parse</c>.
/// </summary>
internal sealed class LexerOptions
{
    /// <summary>No options.</summary>
    public static readonly LexerOptions None = new(new Dictionary<string, string?>(StringComparer.Ordinal));

    // A key given without "=" has a null value, which Rouge reads as true.
    private readonly Dictionary<string, string?> _values;

    private LexerOptions(Dictionary<string, string?> values) => _values = values;

    /// <summary>Parses <c>key=value</c> pairs separated by <c>&amp;</c> or <c>;</c>; a repeated key keeps its last value.</summary>
    public static LexerOptions Parse(string query)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var pair in query.Split('&', ';'))
        {
            if (pair.Length == 0)
            {
                continue;
            }

            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = WebUtility.UrlDecode(equals < 0 ? pair : pair[..equals]);
            values[key] = equals < 0 ? null : WebUtility.UrlDecode(pair[(equals + 1)..]);
        }

        return new LexerOptions(values);
    }

    /// <summary>Rouge: Lexer#bool_option; absent means <paramref name="absent"/>, and only false, 0 and off are false.</summary>
    public bool Bool(string name, bool absent) =>
        _values.TryGetValue(name, out var value) ? value is not ("false" or "0" or "off") : absent;

    /// <summary>Whether the option was given at all.</summary>
    public bool Has(string name) => _values.ContainsKey(name);

    /// <summary>Rouge: Lexer#list_option, a comma-separated list.</summary>
    public IReadOnlyList<string> List(string name) =>
        _values.TryGetValue(name, out var value) && value is not null ? value.Split(',') : [];

    /// <summary>Rouge: Lexer#string_option.</summary>
    public string? String(string name) => _values.GetValueOrDefault(name);
}
