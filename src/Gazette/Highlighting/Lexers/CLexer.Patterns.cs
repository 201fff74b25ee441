using System.Text.RegularExpressions;

namespace Gazette.Highlighting.Lexers;

/// <summary>The word lists and patterns of <see cref="CLexer"/>.</summary>
internal partial class CLexer
{
    protected const string CKeywords =
        "auto break case const continue default do else enum extern for goto if register restricted return sizeof"
        + " static struct switch typedef union volatile virtual while _Alignas _Alignof _Atomic _Generic _Imaginary"
        + " _Noreturn _Static_assert _Thread_local";

    protected const string CTypes =
        "int long float short double char unsigned signed void jmp_buf FILE DIR div_t ldiv_t mbstate_t sig_atomic_t"
        + " fpos_t clock_t time_t va_list size_t ssize_t off_t wchar_t ptrdiff_t wctrans_t wint_t wctype_t _Bool"
        + " _Complex int8_t int16_t int32_t int64_t uint8_t uint16_t uint32_t uint64_t int_least8_t int_least16_t"
        + " int_least32_t int_least64_t uint_least8_t uint_least16_t uint_least32_t uint_least64_t int_fast8_t"
        + " int_fast16_t int_fast32_t int_fast64_t uint_fast8_t uint_fast16_t uint_fast32_t uint_fast64_t intptr_t"
        + " uintptr_t intmax_t uintmax_t char16_t char32_t";

    protected const string CReserved =
        "__asm __int8 __based __except __int16 __stdcall __cdecl __fastcall __int32 __declspec __finally __int61"
        + " __try __leave inline _inline __inline naked _naked __naked restrict _restrict __restrict thread _thread"
        + " __thread typename _typename __typename";

    protected const string Id = "[a-zA-Z_][a-zA-Z0-9_]*";

    private const string Ws = @"(?-s:(?:\s|//.*?\n|/[*].*?[*]/)+)";
    private const RegexOptions IgnoreCase = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\G#if\s0")]
    private static partial Regex IfZero();
    [GeneratedRegex(@"\G#")]
    private static partial Regex Hash();
    [GeneratedRegex(@"\G")]
    protected static partial Regex Empty();
    [GeneratedRegex(@"\G" + Id + ":(?!:)")]
    private static partial Regex Label();
    [GeneratedRegex(@"\G[ \t\r]+")]
    private static partial Regex InlineSpace();
    [GeneratedRegex(@"\G\\\n")]
    private static partial Regex LineContinuation();
    [GeneratedRegex(@"\G/(\\\n)?[*].*?[*](\\\n)?/", RegexOptions.Singleline)]
    private static partial Regex BlockComment();
    [GeneratedRegex(@"\G\n+")]
    private static partial Regex Newlines();
    [GeneratedRegex(@"\G//(\\.|.)*?$", RegexOptions.Multiline)]
    private static partial Regex LineComment();
    [GeneratedRegex(@"\G(u8|u|U|L)?""")]
    private static partial Regex StringStart();
    [GeneratedRegex(@"\G(u8|u|U|L)?'(\\.|\\[0-7]{1,3}|\\x[a-f0-9]{1,2}|[^\\'\n])'", IgnoreCase)]
    private static partial Regex CharLiteral();
    [GeneratedRegex(@"\G(\d+[.]\d*|[.]?\d+)e[+-]?\d+[lu]*", IgnoreCase)]
    private static partial Regex Float();
    [GeneratedRegex(@"\G\d+e[+-]?\d+[lu]*", IgnoreCase)]
    private static partial Regex ExponentFloat();
    [GeneratedRegex(@"\G0x[0-9a-f]+[lu]*", IgnoreCase)]
    private static partial Regex Hex();
    [GeneratedRegex(@"\G0[0-7]+[lu]*", IgnoreCase)]
    private static partial Regex Octal();
    [GeneratedRegex(@"\G\d+[lu]*", IgnoreCase)]
    private static partial Regex Integer();
    [GeneratedRegex(@"\G\*/")]
    private static partial Regex StrayCommentEnd();
    [GeneratedRegex(@"\G[~!%^&*+=\|?:<>/-]")]
    private static partial Regex OperatorChar();
    [GeneratedRegex(@"\G[()\[\],.;]")]
    private static partial Regex PunctuationChar();
    [GeneratedRegex(@"\G\bcase\b")]
    private static partial Regex Case();
    [GeneratedRegex(@"\G(?:true|false|NULL)\b")]
    private static partial Regex BuiltinConstant();
    [GeneratedRegex(@"\G" + Id)]
    protected static partial Regex Identifier();
    [GeneratedRegex(@"\G:")]
    private static partial Regex Colon();
    [GeneratedRegex(@"\G([\w*\s]+?[\s*])(" + Id + @")(\s*\([^;]*?\))(" + Ws + @"?)({|;)", RegexOptions.Singleline)]
    private static partial Regex FunctionDefinition();
    [GeneratedRegex(@"\G\{")]
    private static partial Regex OpenBrace();
    [GeneratedRegex(@"\G}")]
    private static partial Regex CloseBrace();
    [GeneratedRegex(@"\G;")]
    private static partial Regex Semicolon();
    [GeneratedRegex(@"\G""")]
    private static partial Regex DoubleQuote();
    [GeneratedRegex(@"\G\\([\\abfnrtv""']|x[a-fA-F0-9]{2,4}|[0-7]{1,3})")]
    private static partial Regex StringEscape();
    [GeneratedRegex(@"\G[^\\""\n]+")]
    private static partial Regex StringChars();
    [GeneratedRegex(@"\G\\\n")]
    private static partial Regex EscapedNewline();
    [GeneratedRegex(@"\G\\")]
    private static partial Regex Backslash();
    [GeneratedRegex(@"\G[^/\n\\]+")]
    private static partial Regex MacroChars();
    [GeneratedRegex(@"\G\\.", RegexOptions.Singleline)]
    private static partial Regex MacroEscape();
    [GeneratedRegex(@"\G/")]
    private static partial Regex Slash();
    [GeneratedRegex(@"\G\n")]
    private static partial Regex Newline();
    [GeneratedRegex(@"\G(include)(\s*)(<[^>]+>)([^\n]*)")]
    private static partial Regex SystemInclude();
    [GeneratedRegex(@"\G(include)(\s*)(""[^""]+"")([^\n]*)")]
    private static partial Regex LocalInclude();
    [GeneratedRegex(@"\G^\s*#if", RegexOptions.Multiline)]
    private static partial Regex NestedIf();
    [GeneratedRegex(@"\G^\s*#\s*el(?:se|if)", RegexOptions.Multiline)]
    private static partial Regex Else();
    [GeneratedRegex(@"\G^\s*#\s*endif\b.*?(?<!\\)\n", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex EndIf();
    [GeneratedRegex(@"\G.*?\n")]
    private static partial Regex AnyLine();
}
