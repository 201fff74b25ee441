using System.Text.RegularExpressions;

namespace Gazette.Highlighting.Lexers;

/// <summary>The patterns of <see cref="ShellLexer"/>, in Rouge's order.</summary>
internal sealed partial class ShellLexer
{
    [GeneratedRegex(@"\G#.*$", RegexOptions.Multiline)]
    private static partial Regex HashComment();
    [GeneratedRegex(@"\G\b(" + Keywords + @")\s*\b")]
    private static partial Regex Keyword();
    [GeneratedRegex(@"\G\bcase\b")]
    private static partial Regex Case();
    [GeneratedRegex(@"\G\b(" + Builtins + @")\s*\b(?!(\.|-))")]
    private static partial Regex Builtin();
    [GeneratedRegex(@"\G[.](?=\s)")]
    private static partial Regex DotCommand();
    [GeneratedRegex(@"\G(\b\w+)(=)")]
    private static partial Regex Assignment();
    [GeneratedRegex(@"\G[\[\]{}()!=>]")]
    private static partial Regex OperatorChar();
    [GeneratedRegex(@"\G(?:&&|\|\|)")]
    private static partial Regex Logical();
    [GeneratedRegex(@"\G<<<")]
    private static partial Regex HereString();
    [GeneratedRegex(@"\G(<<-?)(\s*)(['""]?)(\\?)(\w+)(\3)")]
    private static partial Regex HeredocStart();
    [GeneratedRegex(@"\G\n")]
    private static partial Regex Newline();
    [GeneratedRegex(@"\G[^$\n\\]+")]
    private static partial Regex HeredocChars();
    [GeneratedRegex(@"\G[$]")]
    private static partial Regex Dollar();
    [GeneratedRegex(@"\G\s*(\w+)\s*\n")]
    private static partial Regex HeredocLine();
    [GeneratedRegex(@"\G")]
    private static partial Regex Empty();
    [GeneratedRegex(@"\G(?:\$#?)?""")]
    private static partial Regex DoubleQuoteEnd();
    [GeneratedRegex(@"\G[^""`\\$]+")]
    private static partial Regex DoubleQuoteChars();
    [GeneratedRegex(@"\G\\.")]
    private static partial Regex EscapedChar();
    [GeneratedRegex(@"\G[^\\']+")]
    private static partial Regex AnsiChars();
    [GeneratedRegex(@"\G'")]
    private static partial Regex SingleQuote();
    [GeneratedRegex(@"\G[^']+")]
    private static partial Regex SingleQuoteChars();
    [GeneratedRegex(@"\G\s+")]
    private static partial Regex Spaces();
    [GeneratedRegex(@"\G\$?""")]
    private static partial Regex DoubleQuoteStart();
    [GeneratedRegex(@"\G\$'")]
    private static partial Regex AnsiQuoteStart();
    [GeneratedRegex(@"\G\*")]
    private static partial Regex Star();
    [GeneratedRegex(@"\G;")]
    private static partial Regex Semicolon();
    [GeneratedRegex(@"\G--?[\w-]+")]
    private static partial Regex Option();
    [GeneratedRegex(@"\G[^=\*\s{}()$""'`;\\<]+")]
    private static partial Regex Word();
    [GeneratedRegex(@"\G\d+(?= |\Z)")]
    private static partial Regex Number();
    [GeneratedRegex(@"\G<")]
    private static partial Regex LessThan();
    [GeneratedRegex(@"\G}")]
    private static partial Regex CloseCurly();
    [GeneratedRegex(@"\G:-")]
    private static partial Regex DefaultOperator();
    [GeneratedRegex(@"\G[a-zA-Z0-9_]+")]
    private static partial Regex VariableName();
    [GeneratedRegex(@"\G[^}:""`'$]+")]
    private static partial Regex CurlyChars();
    [GeneratedRegex(@"\G\)")]
    private static partial Regex CloseParen();
    [GeneratedRegex(@"\G\(")]
    private static partial Regex OpenParen();
    [GeneratedRegex(@"\G\)\)")]
    private static partial Regex CloseMath();
    [GeneratedRegex(@"\G(?:[-+*/%^|&!]|\*\*|\|\|)")]
    private static partial Regex MathOperator();
    [GeneratedRegex(@"\G\d+(#\w+)?")]
    private static partial Regex MathNumber();
    [GeneratedRegex(@"\G\besac\b")]
    private static partial Regex Esac();
    [GeneratedRegex(@"\G\|")]
    private static partial Regex Pipe();
    [GeneratedRegex(@"\G;;")]
    private static partial Regex DoubleSemicolon();
    [GeneratedRegex(@"\G`")]
    private static partial Regex Backtick();
    [GeneratedRegex(@"\G\\$", RegexOptions.Multiline)]
    private static partial Regex LineContinuation();
    [GeneratedRegex(@"\G\$\(\(")]
    private static partial Regex MathStart();
    [GeneratedRegex(@"\G\$\(")]
    private static partial Regex CommandStart();
    [GeneratedRegex(@"\G\$\{#?")]
    private static partial Regex CurlyStart();
    [GeneratedRegex(@"\G\$#?(\w+|.)")]
    private static partial Regex Variable();
    [GeneratedRegex(@"\G\$[*@]")]
    private static partial Regex SpecialVariable();
}
