namespace Gazette.Highlighting;

/// <summary>
/// Rouge's token types, named after their Rouge qualified names and valued with the short CSS class
/// Rouge's HTML formatter writes (rouge/token.rb). Short names are unique, so they also serve as the
/// token identity when adjacent tokens are merged. <see cref="Text"/> is the only type written without a span.
/// </summary>
internal static class TokenTypes
{
    public const string Text = "";
    public const string Whitespace = "w";
    public const string Escape = "esc";
    public const string Error = "err";
    public const string Other = "x";

    public const string Keyword = "k";
    public const string KeywordConstant = "kc";
    public const string KeywordDeclaration = "kd";
    public const string KeywordNamespace = "kn";
    public const string KeywordPseudo = "kp";
    public const string KeywordReserved = "kr";
    public const string KeywordType = "kt";
    public const string KeywordVariable = "kv";

    public const string Name = "n";
    public const string NameAttribute = "na";
    public const string NameBuiltin = "nb";
    public const string NameBuiltinPseudo = "bp";
    public const string NameClass = "nc";
    public const string NameConstant = "no";
    public const string NameDecorator = "nd";
    public const string NameEntity = "ni";
    public const string NameException = "ne";
    public const string NameFunction = "nf";
    public const string NameFunctionMagic = "fm";
    public const string NameProperty = "py";
    public const string NameLabel = "nl";
    public const string NameNamespace = "nn";
    public const string NameOther = "nx";
    public const string NameTag = "nt";
    public const string NameVariable = "nv";
    public const string NameVariableClass = "vc";
    public const string NameVariableGlobal = "vg";
    public const string NameVariableInstance = "vi";
    public const string NameVariableMagic = "vm";

    public const string Literal = "l";
    public const string LiteralDate = "ld";
    public const string Str = "s";
    public const string StrAffix = "sa";
    public const string StrBacktick = "sb";
    public const string StrChar = "sc";
    public const string StrDelimiter = "dl";
    public const string StrDoc = "sd";
    public const string StrDouble = "s2";
    public const string StrEscape = "se";
    public const string StrHeredoc = "sh";
    public const string StrInterpol = "si";
    public const string StrOther = "sx";
    public const string StrRegex = "sr";
    public const string StrSingle = "s1";
    public const string StrSymbol = "ss";

    public const string Num = "m";
    public const string NumBin = "mb";
    public const string NumFloat = "mf";
    public const string NumHex = "mh";
    public const string NumInteger = "mi";
    public const string NumIntegerLong = "il";
    public const string NumOct = "mo";
    public const string NumOther = "mx";

    public const string Operator = "o";
    public const string OperatorWord = "ow";
    public const string Punctuation = "p";
    public const string PunctuationIndicator = "pi";

    public const string Comment = "c";
    public const string CommentHashbang = "ch";
    public const string CommentDoc = "cd";
    public const string CommentMultiline = "cm";
    public const string CommentPreproc = "cp";
    public const string CommentPreprocFile = "cpf";
    public const string CommentSingle = "c1";
    public const string CommentSpecial = "cs";

    public const string Generic = "g";
    public const string GenericDeleted = "gd";
    public const string GenericEmph = "ge";
    public const string GenericError = "gr";
    public const string GenericHeading = "gh";
    public const string GenericInserted = "gi";
    public const string GenericOutput = "go";
    public const string GenericPrompt = "gp";
    public const string GenericStrong = "gs";
    public const string GenericSubheading = "gu";
    public const string GenericTraceback = "gt";
    public const string GenericLineno = "gl";
}
