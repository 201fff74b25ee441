using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using static Gazette.Highlighting.TokenTypes;

namespace Gazette.Highlighting.Lexers;

/// <summary>
/// Rouge's console session lexer (rouge/lexers/console.rb): a line with a prompt goes to the language lexer
/// after the prompt, other lines are output. Options: <c>lang</c>, <c>output</c>, <c>prompt</c>,
/// <c>comments</c>, <c>error</c>.
/// </summary>
internal partial class ConsoleLexer : Lexer
{
    private static readonly ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    private readonly IReadOnlyList<string> _prompt;
    private readonly bool? _comments;
    private readonly Regex? _error;
    private readonly Lexer _lang;
    private readonly Lexer _output;

    public ConsoleLexer(LexerOptions options)
    {
        _prompt = options.List("prompt");
        _comments = options.Has("comments") ? options.Bool("comments", false) : null;
        var errors = options.List("error");
        _error = errors.Count == 0 ? null : Pattern("^(?:" + string.Join('|', errors.Select(Regex.Escape)) + ")");
        _lang = (options.String("lang") is { } lang ? LexerRegistry.Create(lang, options) : null) ?? new ShellLexer();
        _output = (options.String("output") is { } output ? LexerRegistry.Create(output, options) : null)
            ?? new PlainTextLexer(GenericOutput);
    }

    /// <summary>The lexer for commands after a prompt.</summary>
    protected virtual Lexer LangLexer => _lang;

    /// <summary>The lexer for output lines.</summary>
    protected virtual Lexer OutputLexer => _output;

    /// <summary>Rouge: ConsoleLexer#allow_comments?; guessed true only for a given prompt without #.</summary>
    protected virtual bool AllowComments => _comments ?? (_prompt.Count > 0 && !EndChars().Contains("#"));

    /// <summary>Rouge: ConsoleLexer#prompt_regex, everything up to the first prompt end character.</summary>
    protected virtual Regex PromptRegex => Pattern(
        "^" + (AllowComments ? "(?s:[^<#]*?)" : "(?s:.*?)") + "(?:" + string.Join('|', EndChars().Select(Regex.Escape)) + ")");

    public override void Reset()
    {
    }

    /// <summary>Rouge: ConsoleLexer#stream_tokens and #process_line, one line (with its newline) at a time.</summary>
    public override void ContinueLex(string text, TokenSink sink)
    {
        LangLexer.Reset();
        OutputLexer.Reset();
        var position = 0;
        while (position < text.Length)
        {
            var newline = text.IndexOf('\n', position);
            var end = newline < 0 ? text.Length : newline + 1;
            var line = text[position..end];
            position = end;
            ProcessLine(line, sink);
        }
    }

    /// <summary>A pattern built from options, compiled once per distinct option value.</summary>
    protected static Regex Pattern(string pattern) =>
        Patterns.GetOrAdd(pattern, static p => new Regex(p, RegexOptions.Multiline | RegexOptions.CultureInvariant));

    private void ProcessLine(string line, TokenSink sink)
    {
        if (Elision().IsMatch(line))
        {
            OutputLexer.Reset();
            LangLexer.Reset();
            sink.Emit(Comment, line);
            return;
        }

        var prompt = PromptRegex.Match(line);
        if (prompt.Success)
        {
            OutputLexer.Reset();
            sink.Emit(GenericPrompt, prompt.Value);
            var command = prompt.Index + prompt.Length;
            var rest = command;
            while (rest < line.Length && line[rest] is ' ' or '\t' or '\n' or '\v' or '\f' or '\r')
            {
                rest++;
            }

            if (rest > command)
            {
                sink.Emit(Whitespace, line[command..rest]);
            }

            LangLexer.ContinueLex(line[rest..], sink);
        }
        else if (AllowComments && CommentLine().IsMatch(line.Trim(RubyWhitespace)))
        {
            OutputLexer.Reset();
            LangLexer.Reset();
            sink.Emit(Comment, line);
        }
        else if (_error is not null && _error.IsMatch(line))
        {
            OutputLexer.Reset();
            LangLexer.Reset();
            sink.Emit(GenericError, line);
        }
        else
        {
            LangLexer.Reset();
            OutputLexer.ContinueLex(line, sink);
        }
    }

    // Rouge: ConsoleLexer#end_chars.
    private List<string> EndChars() =>
        _prompt.Count > 0 ? [.. _prompt.Where(c => c.Length > 0)]
        : AllowComments ? ["$", ">", ";"]
        : ["$", "#", ">", ";"];

    private static readonly char[] RubyWhitespace = [' ', '\t', '\n', '\v', '\f', '\r', '\0'];

    // A line of only "<...>" or dots stands for elided output.
    [GeneratedRegex(@"\A\s*(?:<[.]+>|[.]+)\s*\z")]
    private static partial Regex Elision();
    [GeneratedRegex(@"\A\s*?#")]
    private static partial Regex CommentLine();
}
