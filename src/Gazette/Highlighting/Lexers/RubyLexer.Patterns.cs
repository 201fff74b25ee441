using System.Text.RegularExpressions;

namespace Gazette.Highlighting.Lexers;

/// <summary>The patterns of <see cref="RubyLexer"/>.</summary>
internal partial class RubyLexer
{
    private const string Keywords =
        @"BEGIN|END|alias|begin|break|case|defined\?|do|else|elsif|end|ensure|for|if|in|next|redo|rescue|raise"
        + "|retry|return|super|then|undef|unless|until|when|while|yield";

    private const string KeywordsPseudo =
        "loop|include|extend|raise|alias_method|attr|catch|throw|private|module_function|public|protected"
        + "|true|false|nil|__FILE__|__LINE__";

    private const string BuiltinsG =
        "attr_reader|attr_writer|attr_accessor|__id__|__send__|abort|ancestors|at_exit|autoload|binding|callcc"
        + "|caller|catch|chomp|chop|class_eval|class_variables|clone|const_defined\\?|const_get|const_missing"
        + "|const_set|constants|display|dup|eval|exec|exit|extend|fail|fork|format|freeze|getc|gets"
        + "|global_variables|gsub|hash|id|included_modules|inspect|instance_eval|instance_method|instance_methods"
        + "|instance_variable_get|instance_variable_set|instance_variables|lambda|load|local_variables|loop|method"
        + "|method_missing|methods|module_eval|name|object_id|open|p|print|printf|private_class_method"
        + "|private_instance_methods|private_methods|proc|protected_instance_methods|protected_methods"
        + "|public_class_method|public_instance_methods|public_methods|putc|puts|raise|rand|readline|readlines"
        + "|require|require_relative|scan|select|self|send|set_trace_func|singleton_methods|sleep|split|sprintf"
        + "|srand|sub|syscall|system|taint|test|throw|to_a|to_s|trace_var|trap|untaint|untrace_var|warn";

    private const string BuiltinsQ =
        "autoload|block_given|const_defined|eql|equal|frozen|include|instance_of|is_a|iterator|kind_of"
        + "|method_defined|nil|private_method_defined|protected_method_defined|public_method_defined|respond_to"
        + "|tainted";

    private const string DecimalDigits = @"[\d]+(?:_\d+)*";
    private const string Exp = @"(?i:e[+-]?\d+)";
    private const RegexOptions IgnoreCase = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\G:@{0,2}[a-z_]\w*[!?]?", IgnoreCase)]
    private static partial Regex Symbol();
    [GeneratedRegex(@"\G:(?:\*\*|[-+]@|[/\%&\|^`~]|\[\]=?|<<|>>|<=?>|<=?|===?)")]
    private static partial Regex OperatorSymbol();
    [GeneratedRegex(@"\G:'(\\\\|\\'|[^'])*'")]
    private static partial Regex QuotedSymbol();
    [GeneratedRegex(@"\G:""")]
    private static partial Regex DoubleQuotedSymbol();
    [GeneratedRegex(@"\G%([rqswQWxiI])?([^\w\s])")]
    private static partial Regex Sigil();
    [GeneratedRegex(@"\G\b[a-z_]\w*?[?!]?:\s+")]
    private static partial Regex HashKey();
    [GeneratedRegex(@"\G'(\\\\|\\'|[^'])*'")]
    private static partial Regex SingleQuoted();
    [GeneratedRegex(@"\G""")]
    private static partial Regex DoubleQuote();
    [GeneratedRegex(@"\G(?<!\.)`")]
    private static partial Regex BacktickStart();
    [GeneratedRegex(@"\G`")]
    private static partial Regex Backtick();
    [GeneratedRegex(@"\G[mixounse]*")]
    private static partial Regex RegexFlags();
    [GeneratedRegex(@"\G[^\\""#]+")]
    private static partial Regex DoubleQuotedChars();
    [GeneratedRegex(@"\G[^\\`#]+")]
    private static partial Regex BacktickChars();
    [GeneratedRegex(@"\G[\\#]")]
    private static partial Regex BackslashOrHash();
    [GeneratedRegex(@"\G\n\s*")]
    private static partial Regex NewlineSpace();
    [GeneratedRegex(@"\G#.*$", RegexOptions.Multiline)]
    private static partial Regex LineComment();
    [GeneratedRegex(@"\G=begin\b.*?\n=end\b", RegexOptions.Singleline)]
    private static partial Regex BlockComment();
    [GeneratedRegex(@"\G[ \t\r]+")]
    private static partial Regex InlineSpace();
    [GeneratedRegex(@"\G__END__")]
    private static partial Regex EndMarker();
    [GeneratedRegex(@"\G0_?[0-7]+(?:_[0-7]+)*")]
    private static partial Regex Octal();
    [GeneratedRegex(@"\G0x[0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*")]
    private static partial Regex Hex();
    [GeneratedRegex(@"\G0b[01]+(?:_[01]+)*")]
    private static partial Regex Binary();
    [GeneratedRegex(@"\G" + DecimalDigits + @"(?:\." + DecimalDigits + Exp + "?|" + Exp + ")")]
    private static partial Regex Float();
    [GeneratedRegex(@"\G" + DecimalDigits)]
    private static partial Regex Decimal();
    [GeneratedRegex(@"\G@@[a-z_]\w*", IgnoreCase)]
    private static partial Regex ClassVariable();
    [GeneratedRegex(@"\G@[a-z_]\w*", IgnoreCase)]
    private static partial Regex InstanceVariable();
    [GeneratedRegex(@"\G\$\w+")]
    private static partial Regex GlobalVariable();
    [GeneratedRegex(@"\G\$[!@&`'+~=/\\,;.<>_*\$?:""]")]
    private static partial Regex SpecialGlobal();
    [GeneratedRegex(@"\G\$-[0adFiIlpvw]")]
    private static partial Regex OptionGlobal();
    [GeneratedRegex(@"\G::")]
    private static partial Regex DoubleColon();
    [GeneratedRegex(@"\G(?:" + Keywords + @")(?=\W|$)", RegexOptions.Multiline)]
    private static partial Regex Keyword();
    [GeneratedRegex(@"\G(?:" + KeywordsPseudo + @")\b")]
    private static partial Regex KeywordPseudo();
    [GeneratedRegex(@"\G(module)(\s+)([a-zA-Z_][a-zA-Z0-9_]*(::[a-zA-Z_][a-zA-Z0-9_]*)*)")]
    private static partial Regex Module();
    [GeneratedRegex(@"\G(def\b)(\s*)")]
    private static partial Regex Def();
    [GeneratedRegex(@"\G(class\b)(\s*)")]
    private static partial Regex Class();
    [GeneratedRegex(@"\G(?:" + BuiltinsQ + ")[?]")]
    private static partial Regex BuiltinQuestion();
    [GeneratedRegex(@"\G(?:chomp|chop|exit|gsub|sub)!")]
    private static partial Regex BuiltinBang();
    [GeneratedRegex(@"\G(?<!\.)(?:" + BuiltinsG + @")\b")]
    private static partial Regex Builtin();
    [GeneratedRegex(@"\G\.{2,3}")]
    private static partial Regex Range();
    [GeneratedRegex(@"\G[A-Z][a-zA-Z0-9_]*")]
    private static partial Regex Constant();
    [GeneratedRegex(@"\G(\.|::)(\s*)([a-z_]\w*[!?]?|[*%&^`~+-\/\[<>=])")]
    private static partial Regex MethodName();
    [GeneratedRegex(@"\G[a-zA-Z_]\w*[?!]")]
    private static partial Regex PredicateName();
    [GeneratedRegex(@"\G[a-zA-Z_]\w*")]
    private static partial Regex Identifier();
    [GeneratedRegex(@"\G(?:\*\*|<<?|>>?|>=|<=|<=>|=~|={3}|!~|&&?|\|\||\.)")]
    private static partial Regex LongOperator();
    [GeneratedRegex(@"\G[-+\/*%=<>&!^|~]=?")]
    private static partial Regex ShortOperator();
    [GeneratedRegex(@"\G[?]")]
    private static partial Regex Question();
    [GeneratedRegex(@"\G[\[({,:\\;/]")]
    private static partial Regex OpenPunctuation();
    [GeneratedRegex(@"\G[\])}]")]
    private static partial Regex ClosePunctuation();
    [GeneratedRegex(@"\G(?<!\w)(<<[-~]?)([""`']?)([a-zA-Z_]\w*)(\2)")]
    private static partial Regex Heredoc();
    [GeneratedRegex(@"\G(<<[-~]?)([""'])(\2)")]
    private static partial Regex EmptyHeredoc();
    [GeneratedRegex(@"\G(?=\n)")]
    private static partial Regex BeforeNewline();
    [GeneratedRegex(@"\G\n")]
    private static partial Regex Newline();
    [GeneratedRegex(@"\G[#\\\n]")]
    private static partial Regex HeredocSpecial();
    [GeneratedRegex(@"\G[^#\\\n]+")]
    private static partial Regex HeredocChars();
    [GeneratedRegex(@"\G[^#\\\n]*$", RegexOptions.Multiline)]
    private static partial Regex HeredocLine();
    [GeneratedRegex(@"\G")]
    private static partial Regex Empty();
    [GeneratedRegex(@"\G\s+")]
    private static partial Regex Spaces();
    [GeneratedRegex(@"\G\(")]
    private static partial Regex OpenParen();
    [GeneratedRegex(@"\G(?:([a-zA-Z_]\w*)(\.))?([a-zA-Z_]\w*[!?]?|\*\*?|[-+]@?|[/%&\|^`~]|\[\]=?|<<?|>>?|<=>?|>=|===?)")]
    private static partial Regex FunctionName();
    [GeneratedRegex(@"\G\w+(::\w+)+")]
    private static partial Regex QualifiedName();
    [GeneratedRegex(@"\G<<")]
    private static partial Regex Shovel();
    [GeneratedRegex(@"\G[A-Z_]\w*")]
    private static partial Regex ClassName();
    [GeneratedRegex(@"\G(:)(\s+)")]
    private static partial Regex ColonSpace();
    [GeneratedRegex(@"\G:(?![^#\n]*?[:\\])")]
    private static partial Regex TernaryColon();
    [GeneratedRegex(@"\G(\))(\.|::)?")]
    private static partial Regex CloseParen();
    [GeneratedRegex(@"\G}")]
    private static partial Regex CloseBrace();
    [GeneratedRegex(@"\G[#][{]")]
    private static partial Regex InterpolationStart();
    [GeneratedRegex(@"\G#(@@?|\$)[a-z_]\w*", IgnoreCase)]
    private static partial Regex InterpolatedVariable();
    [GeneratedRegex(@"\G\\([\\abefnrstv#""']|x[a-fA-F0-9]{1,2}|[0-7]{1,3})")]
    private static partial Regex EscapeSequence();
    [GeneratedRegex(@"\G\\.")]
    private static partial Regex EscapedChar();
    [GeneratedRegex(@"\G(?:/|%)")]
    private static partial Regex SlashOrPercent();
    [GeneratedRegex(@"\G[%/]=")]
    private static partial Regex AssignOperator();
    [GeneratedRegex(@"\G(/)(?=\S|\s*/)")]
    private static partial Regex RegexStart();
    [GeneratedRegex(@"\G(?=\s*/)")]
    private static partial Regex BeforeSlash();
    [GeneratedRegex(@"\G/")]
    private static partial Regex Slash();
    [GeneratedRegex(@"\G[?](\\[MC]-)*(\\([\\abefnrstv\#""']|x[a-fA-F0-9]{1,2}|[0-7]{1,3})|\S)(?!\w)")]
    private static partial Regex CharLiteral();
    [GeneratedRegex(@"\G(\s*)(%[rqswQWxiI]? \S* )")]
    private static partial Regex SpacedSigil();
    [GeneratedRegex(@"\G\\\\")]
    private static partial Regex EscapedBackslash();
    [GeneratedRegex(@"\G\\/")]
    private static partial Regex EscapedSlash();
    [GeneratedRegex(@"\G[^\\/#]+")]
    private static partial Regex RegexChars();
    [GeneratedRegex(@"\G.+", RegexOptions.Singleline)]
    private static partial Regex Rest();
}
