using System.Text.RegularExpressions;

namespace Gazette.Highlighting.Lexers;

/// <summary>The patterns of <see cref="RustLexer"/>.</summary>
internal sealed partial class RustLexer
{
    private const string Keywords =
        "as|async|await|break|const|continue|crate|dyn|else|enum|extern|false|fn|for|if|impl|in|let|log|loop|match"
        + "|mod|move|mut|pub|ref|return|self|Self|static|struct|super|trait|true|type|unsafe|use|where|while|abstract"
        + "|become|box|do|final|macro|override|priv|typeof|unsized|virtual|yield|try|union";

    // .NET lacks \p{XID_Start} and \p{XID_Continue}; these general categories cover them but for a few symbols.
    private const string IdStart = @"[\p{L}\p{Nl}_]";
    private const string Id = IdStart + @"[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*";
    private const string Hex = "(?i:[0-9a-f])";
    private const string EscapePattern = @"\\([nrt'""\\0]|x" + Hex + @"{2}|u\{(" + Hex + @"_*){1,6}\})";
    private const string Size = "(?:8|16|32|64|128|size)";
    private const string Dot = "(?:[.][0-9][0-9_]*)";
    private const string Exp = "(?:[eE][-+]?[0-9_]+)";
    private const string Flt = "(?:f32|f64)";

    [GeneratedRegex(@"\G#\s[^\n]*")]
    private static partial Regex HashLine();
    [GeneratedRegex(@"\G")]
    private static partial Regex Empty();
    [GeneratedRegex(@"\G[(,)=:]")]
    private static partial Regex AttributePunctuation();
    [GeneratedRegex(@"\G\]")]
    private static partial Regex CloseBracket();
    [GeneratedRegex(@"\G" + Id)]
    private static partial Regex Identifier();
    [GeneratedRegex(@"\G\s+")]
    private static partial Regex Spaces();
    [GeneratedRegex(@"\G////+[^\n]*")]
    private static partial Regex SlashesComment();
    [GeneratedRegex(@"\G//[/!][^\n]*")]
    private static partial Regex DocComment();
    [GeneratedRegex(@"\G//[^\n]*")]
    private static partial Regex LineComment();
    [GeneratedRegex(@"\G/\*\*\*?/")]
    private static partial Regex EmptyBlockComment();
    [GeneratedRegex(@"\G/\*\*\*+")]
    private static partial Regex StarsBlockStart();
    [GeneratedRegex(@"\G/[*][*!]")]
    private static partial Regex DocBlockStart();
    [GeneratedRegex(@"\G/[*]")]
    private static partial Regex BlockStart();
    [GeneratedRegex(@"\G\*/")]
    private static partial Regex BlockEnd();
    [GeneratedRegex(@"\G(?:[^*/]+|[*/])")]
    private static partial Regex BlockChars();
    [GeneratedRegex(@"\G\n")]
    private static partial Regex Newline();
    [GeneratedRegex(@"\G#!?\[")]
    private static partial Regex AttributeStart();
    [GeneratedRegex(@"\G\b(?:" + Keywords + @")\b")]
    private static partial Regex Keyword();
    [GeneratedRegex(@"\G[=-]>")]
    private static partial Regex Arrow();
    [GeneratedRegex(@"\G<->")]
    private static partial Regex TwoWayArrow();
    [GeneratedRegex(@"\G[()\[\]{}|,:;]")]
    private static partial Regex PunctuationChar();
    [GeneratedRegex(@"\G(?:[*\/!@~&+%^<>=\?-]|\.{2,3})")]
    private static partial Regex OperatorPattern();
    [GeneratedRegex(@"\G([.]\s*)?" + Id + @"(?=\s*[(])")]
    private static partial Regex FunctionName();
    [GeneratedRegex(@"\G[.]\s*await\b")]
    private static partial Regex Await();
    [GeneratedRegex(@"\G[.]\s*" + Id)]
    private static partial Regex Property();
    [GeneratedRegex(@"\G[.]\s*\d+")]
    private static partial Regex TupleIndex();
    [GeneratedRegex(@"\G(" + Id + ")(::)")]
    private static partial Regex PathSegment();
    [GeneratedRegex(@"\G\bmacro_rules!")]
    private static partial Regex MacroRules();
    [GeneratedRegex(@"\G" + Id + "!")]
    private static partial Regex MacroName();
    [GeneratedRegex(@"\G'static\b")]
    private static partial Regex StaticLifetime();
    [GeneratedRegex(@"\G'" + Id)]
    private static partial Regex Lifetime();
    [GeneratedRegex(@"\G[\[{(]")]
    private static partial Regex OpenDelimiter();
    [GeneratedRegex(@"\G[\]})]")]
    private static partial Regex CloseDelimiter();
    [GeneratedRegex(@"\G.")]
    private static partial Regex AnyChar();
    [GeneratedRegex(@"\G[$]" + Id + "(:" + Id + ")?")]
    private static partial Regex MacroVariable();
    [GeneratedRegex(@"\G[$]")]
    private static partial Regex Dollar();
    [GeneratedRegex(@"\G\b(?:true|false)\b")]
    private static partial Regex Boolean();
    [GeneratedRegex(@"\Gb?'(?:" + EscapePattern + @"|[^\\])'")]
    private static partial Regex CharLiteral();
    [GeneratedRegex(@"\Gb?""")]
    private static partial Regex StringStart();
    [GeneratedRegex(@"\Gb?r(#*)"".*?""\1", RegexOptions.Singleline)]
    private static partial Regex RawString();
    [GeneratedRegex(@"\G[0-9][0-9_]*(" + Dot + Exp + "?" + Flt + "?|" + Dot + "?" + Exp + Flt + "?|" + Dot + "?" + Exp + "?" + Flt + @"|[.](?![._\p{L}\p{Nl}]))")]
    private static partial Regex Float();
    [GeneratedRegex(@"\G(0b[10_]+|0x[0-9a-fA-F_]+|0o[0-7_]+|[0-9][0-9_]*)(u" + Size + "?|i" + Size + ")?")]
    private static partial Regex Integer();
    [GeneratedRegex(@"\G""")]
    private static partial Regex Quote();
    [GeneratedRegex(@"\G" + EscapePattern)]
    private static partial Regex Escape();
    [GeneratedRegex(@"\G[^""\\]+")]
    private static partial Regex StringChars();
}
