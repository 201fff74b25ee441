using System.Collections.Frozen;
using static Gazette.Highlighting.TokenTypes;

namespace Gazette.Highlighting.Lexers;

/// <summary>Rouge's Python lexer (rouge/lexers/python.rb).</summary>
internal sealed partial class PythonLexer : RegexLexer
{
    private static readonly FrozenSet<string> Keywords = FrozenSet.ToFrozenSet(
    [
        "assert", "break", "continue", "del", "elif", "else", "except", "exec", "finally", "for", "global", "if",
        "lambda", "pass", "print", "raise", "return", "try", "while", "yield", "as", "with", "from", "import",
        "async", "await", "nonlocal",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Builtins = FrozenSet.ToFrozenSet(
    [
        "__import__", "abs", "all", "any", "apply", "ascii", "basestring", "bin", "bool", "buffer", "bytearray",
        "bytes", "callable", "chr", "classmethod", "cmp", "coerce", "compile", "complex", "delattr", "dict", "dir",
        "divmod", "enumerate", "eval", "execfile", "exit", "file", "filter", "float", "format", "frozenset",
        "getattr", "globals", "hasattr", "hash", "hex", "id", "input", "int", "intern", "isinstance", "issubclass",
        "iter", "len", "list", "locals", "long", "map", "max", "memoryview", "min", "next", "object", "oct", "open",
        "ord", "pow", "property", "range", "raw_input", "reduce", "reload", "repr", "reversed", "round", "set",
        "setattr", "slice", "sorted", "staticmethod", "str", "sum", "super", "tuple", "type", "unichr", "unicode",
        "vars", "xrange", "zip",
        // Rouge checks exceptions before builtins and yields the same token for both.
        "ArithmeticError", "AssertionError", "AttributeError", "BaseException", "BlockingIOError",
        "BrokenPipeError", "BufferError", "BytesWarning", "ChildProcessError", "ConnectionAbortedError",
        "ConnectionError", "ConnectionRefusedError", "ConnectionResetError", "DeprecationWarning", "EOFError",
        "EnvironmentError", "Exception", "FileExistsError", "FileNotFoundError", "FloatingPointError",
        "FutureWarning", "GeneratorExit", "IOError", "ImportError", "ImportWarning", "IndentationError",
        "IndexError", "InterruptedError", "IsADirectoryError", "KeyError", "KeyboardInterrupt", "LookupError",
        "MemoryError", "ModuleNotFoundError", "NameError", "NotADirectoryError", "NotImplemented",
        "NotImplementedError", "OSError", "OverflowError", "OverflowWarning", "PendingDeprecationWarning",
        "ProcessLookupError", "RecursionError", "ReferenceError", "ResourceWarning", "RuntimeError",
        "RuntimeWarning", "StandardError", "StopAsyncIteration", "StopIteration", "SyntaxError", "SyntaxWarning",
        "SystemError", "SystemExit", "TabError", "TimeoutError", "TypeError", "UnboundLocalError",
        "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeError", "UnicodeTranslateError", "UnicodeWarning",
        "UserWarning", "ValueError", "VMSError", "Warning", "WindowsError", "ZeroDivisionError",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> BuiltinsPseudo = FrozenSet.ToFrozenSet(
        ["self", "None", "Ellipsis", "NotImplemented", "False", "True"], StringComparer.Ordinal);

    private static readonly LexerDefinition States = Define();

    // Rouge: Python#current_string, the prefix and delimiter of each open string; it lives as long as the lexer.
    private readonly List<(string Type, string Delimiter)> _strings = [];

    protected override LexerDefinition Definition => States;

    private static LexerDefinition Define()
    {
        var d = new LexerDefinitionBuilder<PythonLexer>();
        d.State("root")
            .Rule(Newlines(), Text)
            .Rule(DocString(), [Punctuation, Text, StrDoc])
            .Rule(Blank(), Text)
            .Rule(HashComment(), CommentSingle)
            .Rule(PunctuationChar(), Punctuation)
            .Rule(LineContinuation(), Text)
            .Rule(Backslash(), Text)
            .Rule(WordOperator(), OperatorWord)
            .Rule(LongOperator(), Operator)
            .Rule(ShortOperator(), Operator)
            .Rule(FromImport(), [KeywordNamespace, Text, NameNamespace, Text, KeywordNamespace])
            .Rule(Import(), [KeywordNamespace, Text, NameNamespace])
            .Rule(Def(), [Keyword, Text], "funcname")
            .Rule(Class(), [Keyword, Text], "classname")
            .Rule(Backticks(), StrBacktick)
            .Rule(StringStart(), (lx, m) =>
            {
                lx.Groups(m, StrAffix, Str);
                lx._strings.Add((m.Groups[1].Value.ToLowerInvariant(), m.Groups[2].Value));
                lx.Push("generic_string");
            })
            .Rule(Decorator(), NameDecorator)
            .Rule(Identifier(), (lx, m) => lx.Token(Classify(m.Value), m.Value))
            .Rule(Identifier(), Name)
            .Rule(DecimalFloat(), NumFloat)
            .Rule(ExponentFloat(), NumFloat)
            .Rule(Imaginary(), NumFloat)
            .Rule(Binary(), NumBin)
            .Rule(Octal(), NumOct)
            .Rule(Hex(), NumHex)
            .Rule(Long(), NumIntegerLong)
            .Rule(Integer(), NumInteger);
        d.State("funcname").Rule(Identifier(), NameFunction, "#pop");
        d.State("classname").Rule(Identifier(), NameClass, "#pop");
        d.State("generic_string")
            .Rule(StringChars(), Str)
            .Rule(DoubleBrace(), Str)
            .Rule(Quote(), (lx, m) =>
            {
                lx.Token(Str, m.Value);
                if (lx._strings.Count > 0 && lx._strings[^1].Delimiter == m.Value)
                {
                    lx._strings.RemoveAt(lx._strings.Count - 1);
                    lx.Pop();
                }
            })
            .Rule(BeforeBackslash(), Str, "generic_escape")
            .Rule(OpenBrace(), (lx, m) =>
            {
                if (lx._strings.Count > 0 && lx._strings[^1].Type.Contains('f', StringComparison.Ordinal))
                {
                    lx.Token(StrInterpol, m.Value);
                    lx.Push("generic_interpol");
                }
                else
                {
                    lx.Token(Str, m.Value);
                }
            });
        d.State("generic_escape")
            .Rule(EscapeSequence(), (lx, m) =>
            {
                var raw = lx._strings.Count > 0 && lx._strings[^1].Type.Contains('r', StringComparison.Ordinal);
                lx.Token(raw ? Str : StrEscape, m.Value);
                lx.Pop();
            })
            .Rule(EscapedChar(), Str, "#pop");
        d.State("generic_interpol")
            .Rule(InterpolCode(), (lx, m) => lx.DelegateFresh(new PythonLexer(), m.Value))
            .Rule(Conversion(), StrInterpol)
            .Rule(Colon(), StrInterpol)
            .Rule(OpenBrace(), StrInterpol, "generic_interpol")
            .Rule(CloseBrace(), StrInterpol, "#pop");
        return d.Build();
    }

    private static string Classify(string word) =>
        Keywords.Contains(word) ? Keyword
        : Builtins.Contains(word) ? NameBuiltin
        : BuiltinsPseudo.Contains(word) ? NameBuiltinPseudo
        : Name;
}
