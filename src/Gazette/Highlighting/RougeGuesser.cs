using System.Text.RegularExpressions;

namespace Gazette.Highlighting;

/// <summary>
/// Rouge's source guessing (rouge/guesser.rb, guessers/modeline.rb, guessers/source.rb and each lexer's
/// <c>detect?</c>), used for the language name <c>guess</c> and for unlabelled fences inside Markdown.
/// </summary>
internal static partial class RougeGuesser
{
    /// <summary>
    /// Returns the Rouge name of the guessed lexer, or null for plain text. Where Rouge finds the guess
    /// ambiguous this returns the first candidate in Rouge's lexer order, as its Markdown lexer does.
    /// </summary>
    public static string? Guess(string source)
    {
        // A modeline naming one language decides (Rouge keeps only the lexers it names). Several names are
        // rarer still; Gazette then falls back to detection among all lexers.
        var named = ModelineNames(source).Where(RougeLanguageNames.All.Contains).ToList();
        if (named.Count == 1)
        {
            return named[0];
        }

        var detectors = new GuessDetectors(source);
        foreach (var tag in GuessDetectors.Order)
        {
            if (detectors.Detects(tag))
            {
                return tag;
            }
        }

        return null;
    }

    // Rouge: Guessers::Modeline looks at the first and last five lines.
    private static HashSet<string> ModelineNames(string source)
    {
        var lines = source.Split('\n');
        if (lines.Length > 0 && lines[^1].Length == 0)
        {
            lines = lines[..^1];
        }

        var space = string.Join('\n', lines.Take(5).Concat(lines.TakeLast(5)));
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pattern in (Regex[])[EmacsModeline(), VimModeline(), VimSetModeline()])
        {
            var match = pattern.Match(space);
            if (match.Success)
            {
                names.Add(match.Groups[1].Value);
            }
        }

        return names;
    }

    [GeneratedRegex(@"-\*-\s*(?:(?!mode)[\w-]+\s*:\s*(?:[\w+-]+)\s*;?\s*)*(?:mode\s*:)?\s*([\w+-]+)\s*(?:;\s*(?!mode)[\w-]+\s*:\s*[\w+-]+\s*)*;?\s*-\*-", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EmacsModeline();
    [GeneratedRegex(@"(?:vim|vi|ex):\s*(?:ft|filetype|syntax)=(\w+)\s?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VimModeline();
    [GeneratedRegex(@"(?:vim|vi|Vim|ex):\s*se(?:t)?.*\s(?:ft|filetype|syntax)=(\w+)\s?.*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VimSetModeline();
}
