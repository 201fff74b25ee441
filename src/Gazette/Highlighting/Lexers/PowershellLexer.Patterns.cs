using System.Text.RegularExpressions;

namespace Gazette.Highlighting.Lexers;

internal sealed partial class PowershellLexer
{
    private const RegexOptions IgnoreCase = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private const string AutoVars =
        @"\$\$|\$\?|\$\^|\$_|\$args|\$ConsoleFileName|\$Error|\$Event|\$EventArgs|\$EventSubscriber"
        + @"|\$ExecutionContext|\$false|\$foreach|\$HOME|\$Host|\$input|\$IsCoreCLR|\$IsLinux|\$IsMacOS|\$IsWindows"
        + @"|\$LastExitCode|\$Matches|\$MyInvocation|\$NestedPromptLevel|\$null|\$PID|\$PROFILE|\$PSBoundParameters"
        + @"|\$PSCmdlet|\$PSCommandPath|\$PSCulture|\$PSDebugContext|\$PSHOME|\$PSItem|\$PSScriptRoot|\$PSSenderInfo"
        + @"|\$PSUICulture|\$PSVersionTable|\$PWD|\$REPORTERRORSHOWEXCEPTIONCLASS|\$REPORTERRORSHOWINNEREXCEPTION"
        + @"|\$REPORTERRORSHOWSOURCE|\$REPORTERRORSHOWSTACKTRACE|\$SENDER|\$ShellId|\$StackTrace|\$switch|\$this|\$true";

    private const string Keywords =
        "assembly|exit|process|base|filter|public|begin|finally|return|break|for|sequence|catch|foreach|static|class"
        + "|from|switch|command|function|throw|configuration|hidden|trap|continue|if|try|data|in|type|define"
        + "|inlinescript|until|do|interface|using|dynamicparam|module|var|else|namespace|while|elseif|parallel"
        + "|workflow|end|param|enum|private";

    private const string Operators =
        @"-split|-isplit|-csplit|-join|-is|-isnot|-as|-eq|-ieq|-ceq|-ne|-ine|-cne|-gt|-igt|-cgt|-ge|-ige|-cge|-lt"
        + @"|-ilt|-clt|-le|-ile|-cle|-like|-ilike|-clike|-notlike|-inotlike|-cnotlike|-match|-imatch|-cmatch"
        + @"|-notmatch|-inotmatch|-cnotmatch|-contains|-icontains|-ccontains|-notcontains|-inotcontains"
        + @"|-cnotcontains|-replace|-ireplace|-creplace|-shl|-shr|-band|-bor|-bxor|-and|-or|-xor|-not|\+=|-=|\*=|\/=|%=";

    private const string MultilineKeywords =
        "synopsis|description|parameter|example|inputs|outputs|notes|link|component|role|functionality"
        + "|forwardhelptargetname|forwardhelpcategory|remotehelprunspace|externalhelp";

    [GeneratedRegex(@"\G(?:" + AutoVars + ")")]
    private static partial Regex AutoVariable();
    [GeneratedRegex(@"\G(\$)(?:(\w+)(:))?(\w+|\{(?:[^`]|`.)+?\})")]
    private static partial Regex ScopedVariable();
    [GeneratedRegex(@"\G\$\w+")]
    private static partial Regex SimpleVariable();
    [GeneratedRegex(@"\G\$\{(?:[^`]|`.)+?\}")]
    private static partial Regex BracedVariable();
    [GeneratedRegex(@"\G\.(?:" + MultilineKeywords + ")", IgnoreCase)]
    private static partial Regex HelpKeyword();
    [GeneratedRegex(@"\G#>")]
    private static partial Regex MultilineEnd();
    [GeneratedRegex(@"\G[^#.]+?", RegexOptions.Singleline)]
    private static partial Regex CommentChar();
    [GeneratedRegex(@"\G[#.]+")]
    private static partial Regex HashesOrDots();
    [GeneratedRegex(@"\G\)")]
    private static partial Regex CloseParen();
    [GeneratedRegex(@"\G(?:\$#?)?""")]
    private static partial Regex DoubleQuoteEnd();
    [GeneratedRegex(@"\G\$\(")]
    private static partial Regex SubExpression();
    [GeneratedRegex(@"\G`$", RegexOptions.Multiline)]
    private static partial Regex LineContinuation();
    [GeneratedRegex(@"\G`.")]
    private static partial Regex BacktickEscape();
    [GeneratedRegex(@"\G[^""`$]+")]
    private static partial Regex DoubleChars();
    [GeneratedRegex(@"\G'")]
    private static partial Regex SingleQuote();
    [GeneratedRegex(@"\G[^']+")]
    private static partial Regex SingleChars();
    [GeneratedRegex(@"\G(?:\$#?)?""@")]
    private static partial Regex HeredocEnd();
    [GeneratedRegex(@"\G[^""`$]+?", RegexOptions.Singleline)]
    private static partial Regex HeredocChar();
    [GeneratedRegex(@"\G""+")]
    private static partial Regex Quotes();
    [GeneratedRegex(@"\G\{")]
    private static partial Regex OpenBrace();
    [GeneratedRegex(@"\G\s+")]
    private static partial Regex Spaces();
    [GeneratedRegex(@"\G\w+")]
    private static partial Regex Word();
    [GeneratedRegex(@"\G[:,]")]
    private static partial Regex ColonOrComma();
    [GeneratedRegex(@"\G""")]
    private static partial Regex DoubleQuote();
    [GeneratedRegex(@"\G@""")]
    private static partial Regex HeredocStart();
    [GeneratedRegex(@"\G@'.*?'@", RegexOptions.Singleline)]
    private static partial Regex SingleHeredoc();
    [GeneratedRegex(@"\G\d*\.\d+")]
    private static partial Regex Float();
    [GeneratedRegex(@"\G\d+")]
    private static partial Regex Integer();
    [GeneratedRegex(@"\G@\{")]
    private static partial Regex HashtableStart();
    [GeneratedRegex(@"\G@\(")]
    private static partial Regex ArrayStart();
    [GeneratedRegex(@"\G\[")]
    private static partial Regex OpenBracket();
    [GeneratedRegex(@"\G\}")]
    private static partial Regex CloseBrace();
    [GeneratedRegex(@"\G=")]
    private static partial Regex EqualsSign();
    [GeneratedRegex(@"\G[,;]")]
    private static partial Regex CommaOrSemicolon();
    [GeneratedRegex(@"\G[}]")]
    private static partial Regex CloseBraceChar();
    [GeneratedRegex(@"\G\]")]
    private static partial Regex CloseBracket();
    [GeneratedRegex(@"\G[A-Za-z]\w+\.")]
    private static partial Regex QualifiedTypePart();
    [GeneratedRegex(@"\G([A-Za-z]\w+)")]
    private static partial Regex TypeName();
    [GeneratedRegex(@"\G`.", RegexOptions.Singleline)]
    private static partial Regex ParameterEscape();
    [GeneratedRegex(@"\G\s*?\n")]
    private static partial Regex ParametersEnd();
    [GeneratedRegex(@"\G[;(){}\]]")]
    private static partial Regex ParameterPunctuation();
    [GeneratedRegex(@"\G[|=]")]
    private static partial Regex PipeOrEquals();
    [GeneratedRegex(@"\G[\/\\~\w][-.:\/\\~\w]*")]
    private static partial Regex PathArgument();
    [GeneratedRegex(@"\G\w[-\w]+")]
    private static partial Regex WordArgument();
    [GeneratedRegex(@"\G#.*")]
    private static partial Regex LineComment();
    [GeneratedRegex(@"\G<#")]
    private static partial Regex MultilineStart();
    [GeneratedRegex(@"\G#requires\s-version \d(?:\.\d+)?")]
    private static partial Regex Requires();
    [GeneratedRegex(@"\G\.\.(?=\.?\d)")]
    private static partial Regex RangeOperator();
    [GeneratedRegex(@"\G(?:" + Operators + @")\b", IgnoreCase)]
    private static partial Regex OperatorWords();
    [GeneratedRegex(@"\G(class)(\s+)(\w+)", IgnoreCase)]
    private static partial Regex ClassDeclaration();
    [GeneratedRegex(@"\G(function)(\s+)(?:(\w+)(:))?(\w[-\w]+)", IgnoreCase)]
    private static partial Regex FunctionDeclaration();
    [GeneratedRegex(@"\G(?:" + Keywords + @")\b(?![-.])", IgnoreCase)]
    private static partial Regex KeywordPattern();
    [GeneratedRegex(@"\G-{1,2}\w+")]
    private static partial Regex ParameterName();
    [GeneratedRegex(@"\G(\.)?([-\w]+)(\[)")]
    private static partial Regex IndexedName();
    [GeneratedRegex(@"\G([\/\\~a-z][-.:\/\\~\w]*)(\n)?", IgnoreCase)]
    private static partial Regex Command();
    [GeneratedRegex(@"\G(\.)([-\w]+)(?:(\()|(\n))?")]
    private static partial Regex MethodCall();
    [GeneratedRegex(@"\G\?")]
    private static partial Regex QuestionMark();
    [GeneratedRegex(@"\G[-+*\/%=!.&|]")]
    private static partial Regex OperatorChar();
    [GeneratedRegex(@"\G[{}(),:;]")]
    private static partial Regex PunctuationChar();
}
