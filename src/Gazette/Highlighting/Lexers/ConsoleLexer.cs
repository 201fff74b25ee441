using System.Text.RegularExpressions;
using static Gazette.Highlighting.TokenTypes;

namespace Gazette.Highlighting.Lexers;

/// <summary>
/// Rouge's console session lexer with its default options (rouge/lexers/console.rb): lines with a prompt
/// character go to the shell lexer after the prompt, other lines are output.
/// </summary>
internal sealed partial class ConsoleLexer : Lexer
{
    // Rouge: ConsoleLexer#end_chars without options.
    private static readonly System.Buffers.SearchValues<char> PromptEnds = System.Buffers.SearchValues.Create("$#>;");

    private readonly ShellLexer _shell = new();

    public override void Reset() => _shell.Reset();

    /// <summary>
    /// Rouge: ConsoleLexer#process_line. With the default options every line containing $, #, &gt; or ;
    /// is a prompt line, the prompt being everything up to the first of them; the shell lexer keeps its state
    /// across prompt lines and is reset by any other line.
    /// </summary>
    public override void ContinueLex(string text, TokenSink sink)
    {
        _shell.Reset();
        var position = 0;
        while (position < text.Length)
        {
            var newline = text.IndexOf('\n', position);
            var end = newline < 0 ? text.Length : newline + 1;
            var line = text[position..end];
            position = end;

            if (Elision().IsMatch(line))
            {
                _shell.Reset();
                sink.Emit(Comment, line);
                continue;
            }

            var prompt = line.AsSpan().IndexOfAny(PromptEnds);
            if (prompt < 0)
            {
                _shell.Reset();
                sink.Emit(GenericOutput, line);
                continue;
            }

            sink.Emit(GenericPrompt, line[..(prompt + 1)]);
            var command = prompt + 1;
            while (command < line.Length && IsRubySpace(line[command]))
            {
                command++;
            }

            if (command > prompt + 1)
            {
                sink.Emit(Whitespace, line[(prompt + 1)..command]);
            }

            _shell.ContinueLex(line[command..], sink);
        }
    }

    private static bool IsRubySpace(char c) => c is ' ' or '\t' or '\n' or '\v' or '\f' or '\r';

    // A line of only "<...>" or dots stands for elided output.
    [GeneratedRegex(@"\A\s*(?:<[.]+>|[.]+)\s*\z")]
    private static partial Regex Elision();
}
