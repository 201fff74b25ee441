using System.Text.RegularExpressions;
using static Gazette.Highlighting.TokenTypes;

namespace Gazette.Highlighting.Lexers;

/// <summary>Rouge's C++ lexer (rouge/lexers/cpp.rb): the C lexer with more words, literals and class names.</summary>
internal sealed partial class CppLexer : CLexer
{
    private const string Dq = @"\d('?\d)*";

    private static readonly LexerDefinition CppStates = BuildCppDefinition();

    private static readonly CWords CppWordSet = new(
        Keywords: Set(CKeywords
            + " asm auto catch char8_t concept consteval constexpr constinit const_cast co_await co_return co_yield"
            + " delete dynamic_cast explicit export friend mutable namespace new operator private protected public"
            + " reinterpret_cast requires restrict size_of static_cast this throw throws typeid typename using virtual"
            + " final override alignas alignof decltype noexcept static_assert thread_local try"),
        Types: Set(CTypes + " bool"),
        Reserved: Set(CReserved
            + " __virtual_inheritance __uuidof __super __single_inheritance __multiple_inheritance __interface __event"));

    protected override LexerDefinition Definition => CppStates;

    protected override CWords Words => CppWordSet;

    protected override CLexer CreateFresh() => new CppLexer();

    private static LexerDefinition BuildCppDefinition()
    {
        var d = new LexerDefinitionBuilder<CLexer>();
        DefineStates(d);
        d.Prepend("root").Rule(Offload(), KeywordPseudo);
        d.Prepend("statements")
            .Rule(ClassOrStruct(), Keyword, "classname")
            .Rule(Template(), Keyword, "template")
            .Rule(UserLiteral(), NumOther)
            .Rule(Float(), NumFloat)
            .Rule(ExponentFloat(), NumFloat)
            .Rule(Hex(), NumHex)
            .Rule(Binary(), NumBin)
            .Rule(Octal(), NumOct)
            .Rule(Integer(), NumInteger)
            .Rule(NullPtr(), NameBuiltin)
            .Rule(RawString(), Str)
            .Rule(ScopeOrSpaceship(), Operator)
            .Rule(Brace(), Punctuation);
        d.State("classname")
            .Rule(Identifier(), NameClass, "#pop")
            .Mixin("whitespace")
            .Rule(Ellipsis(), Operator)
            .Rule(Comma(), Punctuation, "#pop")
            .Rule(Empty(), (lx, _) => lx.Pop());
        d.State("template")
            .Rule(TemplateEnd(), Punctuation, "#pop")
            .Rule(Typename(), Keyword, "classname")
            .Mixin("statements");
        d.State("case")
            .Rule(CaseColon(), Punctuation, "#pop")
            .Mixin("statements");
        return d.Build();
    }

    private const RegexOptions IgnoreCase = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\G(?:__offload|__blockingoffload|__outer)\b")]
    private static partial Regex Offload();
    [GeneratedRegex(@"\G(class|struct)\b")]
    private static partial Regex ClassOrStruct();
    [GeneratedRegex(@"\Gtemplate\b")]
    private static partial Regex Template();
    [GeneratedRegex(@"\G" + Dq + @"(\." + Dq + @")?(?:y|d|h|(?:min)|s|(?:ms)|(?:us)|(?:ns)|i|(?:if)|(?:il))\b")]
    private static partial Regex UserLiteral();
    [GeneratedRegex(@"\G(" + Dq + "[.](?:" + Dq + ")?|[.]" + Dq + ")(e[+-]?" + Dq + "[lu]*)?", IgnoreCase)]
    private static partial Regex Float();
    [GeneratedRegex(@"\G" + Dq + "e[+-]?" + Dq + "[lu]*", IgnoreCase)]
    private static partial Regex ExponentFloat();
    [GeneratedRegex(@"\G0x[0-9a-fA-F]('?[0-9a-fA-F])*[lu]*", IgnoreCase)]
    private static partial Regex Hex();
    [GeneratedRegex(@"\G0b[01]+('[01]+)*")]
    private static partial Regex Binary();
    [GeneratedRegex(@"\G0[0-7]('?[0-7])*[lu]*", IgnoreCase)]
    private static partial Regex Octal();
    [GeneratedRegex(@"\G" + Dq + "[lu]*", IgnoreCase)]
    private static partial Regex Integer();
    [GeneratedRegex(@"\G\bnullptr\b")]
    private static partial Regex NullPtr();
    [GeneratedRegex(@"\G(?:u8|u|U|L)?R""([a-zA-Z0-9_{}\[\]#<>%:;.?*\+\-\/\^&|~!=,""']{0,16})\(.*?\)\1""", RegexOptions.Singleline)]
    private static partial Regex RawString();
    [GeneratedRegex(@"\G(::|<=>)")]
    private static partial Regex ScopeOrSpaceship();
    [GeneratedRegex(@"\G[{}]")]
    private static partial Regex Brace();
    [GeneratedRegex(@"\G[.]{3}")]
    private static partial Regex Ellipsis();
    [GeneratedRegex(@"\G,")]
    private static partial Regex Comma();
    [GeneratedRegex(@"\G[>;]")]
    private static partial Regex TemplateEnd();
    [GeneratedRegex(@"\Gtypename\b")]
    private static partial Regex Typename();
    [GeneratedRegex(@"\G:(?!:)")]
    private static partial Regex CaseColon();
}
