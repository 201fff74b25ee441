using System.Text.RegularExpressions;

namespace Gazette.Highlighting.Lexers;

internal sealed partial class PerlLexer
{
    private const RegexOptions IgnoreCase = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private const string Keywords =
        "case|continue|do|else|elsif|for|foreach|if|last|my|next|our|redo|reset|then|unless|until|while|use|print"
        + "|new|BEGIN|CHECK|INIT|END|return";

    private const string Builtins =
        "abs|accept|alarm|atan2|bind|binmode|bless|caller|chdir|chmod|chomp|chop|chown|chr|chroot|close|closedir"
        + "|connect|continue|cos|crypt|dbmclose|dbmopen|defined|delete|die|dump|each|endgrent|endhostent|endnetent"
        + "|endprotoent|endpwent|endservent|eof|eval|exec|exists|exit|exp|fcntl|fileno|flock|fork|format|formline"
        + "|getc|getgrent|getgrgid|getgrnam|gethostbyaddr|gethostbyname|gethostent|getlogin|getnetbyaddr"
        + "|getnetbyname|getnetent|getpeername|getpgrp|getppid|getpriority|getprotobyname|getprotobynumber"
        + "|getprotoent|getpwent|getpwnam|getpwuid|getservbyname|getservbyport|getservent|getsockname|getsockopt"
        + "|glob|gmtime|goto|grep|hex|import|index|int|ioctl|join|keys|kill|last|lc|lcfirst|length|link|listen"
        + "|local|localtime|log|lstat|map|mkdir|msgctl|msgget|msgrcv|msgsnd|my|next|no|oct|open|opendir|ord|our"
        + "|pack|package|pipe|pop|pos|printf|prototype|push|quotemeta|rand|read|readdir|readline|readlink|readpipe"
        + "|recv|redo|ref|rename|require|reverse|rewinddir|rindex|rmdir|scalar|seek|seekdir|select|semctl|semget"
        + "|semop|send|setgrent|sethostent|setnetent|setpgrp|setpriority|setprotoent|setpwent|setservent"
        + "|setsockopt|shift|shmctl|shmget|shmread|shmwrite|shutdown|sin|sleep|socket|socketpair|sort|splice|split"
        + "|sprintf|sqrt|srand|stat|study|substr|symlink|syscall|sysopen|sysread|sysseek|system|syswrite|tell"
        + "|telldir|tie|tied|time|times|tr|truncate|uc|ucfirst|umask|undef|unlink|unpack|unshift|untie|utime"
        + "|values|vec|wait|waitpid|wantarray|warn|write";

    // Ruby reads \1 inside a character class as the octal escape for U+0001.
    private const string NotOne = @"[^\x01]";

    [GeneratedRegex(@"\G/(\\[\\/]|[^/])*/[egimosx]*", RegexOptions.Singleline)]
    private static partial Regex SlashRegex();
    [GeneratedRegex(@"\G!(\\[\\!]|[^!])*![egimosx]*", RegexOptions.Singleline)]
    private static partial Regex BangRegex();
    [GeneratedRegex(@"\G\\(\\\\|[^\\])*\\[egimosx]*", RegexOptions.Singleline)]
    private static partial Regex BackslashRegex();
    [GeneratedRegex(@"\G{(\\[\\}]|[^}])*}[egimosx]*")]
    private static partial Regex BraceRegex();
    [GeneratedRegex(@"\G<(\\[\\>]|[^>])*>[egimosx]*")]
    private static partial Regex AngleRegex();
    [GeneratedRegex(@"\G\[(\\[\\\]]|[^\]])*\][egimosx]*")]
    private static partial Regex BracketRegex();
    [GeneratedRegex(@"\G\((\\[\\\)]|[^\)])*\)[egimosx]*")]
    private static partial Regex ParenRegex();
    [GeneratedRegex(@"\G@(\\[\\@]|[^@])*@[egimosx]*")]
    private static partial Regex AtRegex();
    [GeneratedRegex(@"\G%(\\[\\%]|[^%])*%[egimosx]*")]
    private static partial Regex PercentRegex();
    [GeneratedRegex(@"\G\$(\\[\\\$]|[^\$])*\$[egimosx]*")]
    private static partial Regex DollarRegex();
    [GeneratedRegex(@"\G#.*")]
    private static partial Regex LineComment();
    [GeneratedRegex(@"\G^=[a-zA-Z0-9]+\s+.*?\n=cut", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Pod();
    [GeneratedRegex(@"\G(?:" + Keywords + @")\b")]
    private static partial Regex KeywordPattern();
    [GeneratedRegex(@"\G(format)(\s+)([a-zA-Z0-9_]+)(\s*)(=)(\s*\n)")]
    private static partial Regex Format();
    [GeneratedRegex(@"\G(?:eq|lt|gt|le|ge|ne|not|and|or|cmp)\b")]
    private static partial Regex WordOperator();
    [GeneratedRegex(@"\G(?:s|tr|y){(\\\\|\\}|[^}])*}\s*")]
    private static partial Regex SubstituteBrace();
    [GeneratedRegex(@"\G(?:s|tr|y)<(\\\\|\\>|[^>])*>\s*")]
    private static partial Regex SubstituteAngle();
    [GeneratedRegex(@"\G(?:s|tr|y)\[(\\\\|\\\]|[^\]])*\]\s*")]
    private static partial Regex SubstituteBracket();
    [GeneratedRegex(@"\G(?:s|tr|y)\((\\\\|\\\)|[^\)])*\)\s*")]
    private static partial Regex SubstituteParen();
    [GeneratedRegex(@"\G(?:s|tr|y)\s*([^\w\s])((\\\\|\\\1)|" + NotOne + @")*?\1((\\\\|\\\1)|" + NotOne + @")*?\1[msixpodualngcr]*", RegexOptions.Singleline)]
    private static partial Regex SubstituteSymbol();
    [GeneratedRegex(@"\G(?:s|tr|y)\s+(\w)((\\\\|\\\1)|" + NotOne + @")*?\1((\\\\|\\\1)|" + NotOne + @")*?\1[msixpodualngcr]*", RegexOptions.Singleline)]
    private static partial Regex SubstituteWord();
    [GeneratedRegex(@"\Gm?/(\\\\|\\/|[^/\n])*/[msixpodualngc]*")]
    private static partial Regex SlashMatch();
    [GeneratedRegex(@"\Gm(?=[/!\\{<\[\(@%\$])")]
    private static partial Regex MatchBalanced();
    [GeneratedRegex(@"\Gm\s*([^\w\s])((\\\\|\\\1)|" + NotOne + @")*?\1[msixpodualngc]*", RegexOptions.Singleline)]
    private static partial Regex MatchSymbol();
    [GeneratedRegex(@"\Gm\s+(\w)((\\\\|\\\1)|" + NotOne + @")*?\1[msixpodualngc]*", RegexOptions.Singleline)]
    private static partial Regex MatchWord();
    // The lookbehinds cannot see before the scan position, so this never matches (as in Rouge).
    [GeneratedRegex(@"\G((?<==~)|(?<=\())\s*/(\\\\|\\/|[^/])*/[msixpodualngc]*")]
    private static partial Regex BareRegexAfterBind();
    [GeneratedRegex(@"\G\s+")]
    private static partial Regex Spaces();
    [GeneratedRegex(@"\G(?=[a-z_]\w*(\s*#.*\n)*\s*=>)", IgnoreCase)]
    private static partial Regex FatCommaAhead();
    [GeneratedRegex(@"\G(?:" + Builtins + @")\b")]
    private static partial Regex Builtin();
    [GeneratedRegex(@"\G((__(DIE|WARN)__)|(DATA|STD(IN|OUT|ERR)))\b")]
    private static partial Regex PseudoBuiltin();
    [GeneratedRegex(@"\G<<(['""]?)([a-zA-Z_][a-zA-Z0-9_]*)\1;?\n.*?\n\2\n", RegexOptions.Singleline)]
    private static partial Regex Heredoc();
    [GeneratedRegex(@"\G(__(END|DATA)__)\b")]
    private static partial Regex EndMarker();
    [GeneratedRegex(@"\G\$\^[ADEFHILMOPSTWX]")]
    private static partial Regex ControlVariable();
    [GeneratedRegex(@"\G\$[\\""'\[\]&`+*.,;=%~?@$!<>(^\|\/_-](?!\w)")]
    private static partial Regex PunctuationVariable();
    [GeneratedRegex(@"\G[$@%&*][$@%&*#_]*(?=[a-z{\[;])", IgnoreCase)]
    private static partial Regex Sigil();
    [GeneratedRegex(@"\G[-+\/*%=<>&^\|!\\~]=?")]
    private static partial Regex OperatorChar();
    [GeneratedRegex(@"\G0_?[0-7]+(_[0-7]+)*")]
    private static partial Regex Octal();
    [GeneratedRegex(@"\G0x[0-9A-Fa-f]+(_[0-9A-Fa-f]+)*")]
    private static partial Regex Hex();
    [GeneratedRegex(@"\G0b[01]+(_[01]+)*")]
    private static partial Regex Binary();
    [GeneratedRegex(@"\G(\d*(_\d*)*\.\d+(_\d*)*|\d+(_\d*)*\.\d+(_\d*)*)(e[+-]?\d+)?", IgnoreCase)]
    private static partial Regex Float();
    [GeneratedRegex(@"\G\d+(_\d*)*e[+-]?\d+(_\d*)*", IgnoreCase)]
    private static partial Regex ExponentInteger();
    [GeneratedRegex(@"\G\d+(_\d+)*")]
    private static partial Regex Integer();
    [GeneratedRegex(@"\G'")]
    private static partial Regex SingleQuote();
    [GeneratedRegex(@"\G""")]
    private static partial Regex DoubleQuote();
    [GeneratedRegex(@"\G`")]
    private static partial Regex Backtick();
    [GeneratedRegex(@"\G<([^\s>]+)>")]
    private static partial Regex Glob();
    [GeneratedRegex(@"\G(q|qq|qw|qr|qx)\{")]
    private static partial Regex QuoteBrace();
    [GeneratedRegex(@"\G(q|qq|qw|qr|qx)\(")]
    private static partial Regex QuoteParen();
    [GeneratedRegex(@"\G(q|qq|qw|qr|qx)\[")]
    private static partial Regex QuoteBracket();
    [GeneratedRegex(@"\G(q|qq|qw|qr|qx)<")]
    private static partial Regex QuoteAngle();
    [GeneratedRegex(@"\G(q|qq|qw|qr|qx)(\W)(.|\n)*?\2")]
    private static partial Regex QuoteSymbol();
    [GeneratedRegex(@"\Gpackage\s+")]
    private static partial Regex Package();
    [GeneratedRegex(@"\Gsub\s+")]
    private static partial Regex Sub();
    [GeneratedRegex(@"\G(?:\[\]|\*\*|::|<<|>>|>=|<=|<=>|={3}|!=|=~|!~|&&?|\|\||\.{1,3})")]
    private static partial Regex MultiCharOperator();
    [GeneratedRegex(@"\G[()\[\]:;,<>\/?{}]")]
    private static partial Regex PunctuationChar();
    [GeneratedRegex(@"\G(?=\w)")]
    private static partial Regex WordAhead();
    [GeneratedRegex(@"\G\.\n")]
    private static partial Regex FormatEnd();
    [GeneratedRegex(@"\G.*?\n")]
    private static partial Regex FormatLine();
    [GeneratedRegex(@"\G\w+")]
    private static partial Regex Word();
    [GeneratedRegex(@"\G=>")]
    private static partial Regex FatComma();
    [GeneratedRegex(@"\G\w+::")]
    private static partial Regex Namespace();
    [GeneratedRegex(@"\G[\w:]+")]
    private static partial Regex QualifiedName();
    [GeneratedRegex(@"\G[{\[]")]
    private static partial Regex OpenSubscript();
    [GeneratedRegex(@"\G[),]")]
    private static partial Regex ParenOrComma();
    [GeneratedRegex(@"\G[;]")]
    private static partial Regex Semicolon();
    [GeneratedRegex(@"\G[A-Z_]+(?=[^a-zA-Z0-9_])")]
    private static partial Regex Constant();
    [GeneratedRegex(@"\G(?=\W)")]
    private static partial Regex NonWordAhead();
    [GeneratedRegex(@"\G[a-z_]\w*", IgnoreCase)]
    private static partial Regex ModuleName();
    [GeneratedRegex(@"\G[a-zA-Z_]\w*[!?]?")]
    private static partial Regex FunctionName();
    [GeneratedRegex(@"\G(\([$@%]*\))(\s*)")]
    private static partial Regex Prototype();
    [GeneratedRegex(@"\G.*?{")]
    private static partial Regex UpToBrace();
    [GeneratedRegex(@"\G\\[\\']")]
    private static partial Regex SingleEscape();
    [GeneratedRegex(@"\G[^\\']+")]
    private static partial Regex SingleChars();
    [GeneratedRegex(@"\G\\")]
    private static partial Regex Backslash();
    [GeneratedRegex(@"\G\\[\\tnrabefluLUE""$@]")]
    private static partial Regex DoubleEscape();
    [GeneratedRegex(@"\G\\0\d{2}")]
    private static partial Regex OctalEscape();
    [GeneratedRegex(@"\G\\o\{\d+\}")]
    private static partial Regex BracedOctalEscape();
    [GeneratedRegex(@"\G\\x[0-9a-fA-F]{2}")]
    private static partial Regex HexEscape();
    [GeneratedRegex(@"\G\\x\{[0-9a-fA-F]+\}")]
    private static partial Regex BracedHexEscape();
    [GeneratedRegex(@"\G\\c.")]
    private static partial Regex ControlEscape();
    [GeneratedRegex(@"\G\\N\{[^\}]+\}")]
    private static partial Regex NamedEscape();
    [GeneratedRegex(@"\G[^\\""]+?")]
    private static partial Regex DoubleChar();
    [GeneratedRegex(@"\G\\[\\tnr`]")]
    private static partial Regex BacktickEscape();
    [GeneratedRegex(@"\G[^\\`]+?")]
    private static partial Regex BacktickChar();
    [GeneratedRegex(@"\G\\[\{\}\\]")]
    private static partial Regex CbEscape();
    [GeneratedRegex(@"\G\{")]
    private static partial Regex CbOpen();
    [GeneratedRegex(@"\G\}")]
    private static partial Regex CbClose();
    [GeneratedRegex(@"\G[^\{\}\\]+")]
    private static partial Regex CbChars();
    [GeneratedRegex(@"\G\\[\(\)\\]")]
    private static partial Regex RbEscape();
    [GeneratedRegex(@"\G\(")]
    private static partial Regex RbOpen();
    [GeneratedRegex(@"\G\)")]
    private static partial Regex RbClose();
    [GeneratedRegex(@"\G[^\(\)\\]+")]
    private static partial Regex RbChars();
    [GeneratedRegex(@"\G\\[\[\]\\]")]
    private static partial Regex SbEscape();
    [GeneratedRegex(@"\G\[")]
    private static partial Regex SbOpen();
    [GeneratedRegex(@"\G\]")]
    private static partial Regex SbClose();
    [GeneratedRegex(@"\G[^\[\]\\]+")]
    private static partial Regex SbChars();
    [GeneratedRegex(@"\G\\[<>\\]")]
    private static partial Regex LtEscape();
    [GeneratedRegex(@"\G<")]
    private static partial Regex LtOpen();
    [GeneratedRegex(@"\G>")]
    private static partial Regex LtClose();
    [GeneratedRegex(@"\G[^<>\\]+")]
    private static partial Regex LtChars();
    [GeneratedRegex(@"\G}")]
    private static partial Regex CloseBrace();
    [GeneratedRegex(@"\G[a-z_]\w*", IgnoreCase)]
    private static partial Regex InterpolName();
    [GeneratedRegex(@"\G[$@][{]")]
    private static partial Regex InterpolStart();
    [GeneratedRegex(@"\G[$@][a-z_]\w*", IgnoreCase)]
    private static partial Regex InterpolVariable();
    [GeneratedRegex(@"\G.+", RegexOptions.Singleline)]
    private static partial Regex Rest();
}
