using System.Text.RegularExpressions;

namespace Gazette.Liquid.Syntax;

/// <summary>
/// Liquid 4.0.4's regular expressions (lib/liquid.rb and the tags), with Ruby's ASCII meanings of <c>\w</c>,
/// <c>\s</c> and <c>\d</c> spelled out, since .NET's are Unicode-wide. Ruby's <c>/m</c> is .NET's Singleline.
/// </summary>
internal static partial class LiquidRegex
{
    private const string W = "[a-zA-Z0-9_]";
    private const string S = "[ \\t\\r\\n\\f\\v]";
    private const string NotS = "[^ \\t\\r\\n\\f\\v]";
    private const string QuotedString = "\"[^\"]*\"|'[^']*'";
    private const string QuotedFragment = "(?:" + QuotedString + "|(?:[^ \\t\\r\\n\\f\\v,|'\"]|" + QuotedString + ")+)";
    private const string VariableSignature = "(?:\\(?[a-zA-Z0-9_\\-.\\[\\]]\\)?)";
    private const string AndOr = "(?:" + S + "?and" + S + "?|" + S + "?or" + S + "?)";

    [GeneratedRegex("\\{%.*?%\\}|\\{\\{.*?\\}\\}?|\\{\\{|\\{%", RegexOptions.Singleline)]
    public static partial Regex TemplateParser();

    [GeneratedRegex("\\A\\{%-?" + S + "*(" + W + "+)" + S + "*(.*?)-?%\\}\\z", RegexOptions.Singleline)]
    public static partial Regex FullToken();

    // Liquid 5: FullToken with TagName = /#|\w+/, so that {% # comment %} is a tag.
    [GeneratedRegex("\\A\\{%-?" + S + "*(#|" + W + "+)" + S + "*(.*?)-?%\\}\\z", RegexOptions.Singleline)]
    public static partial Regex FullToken5();

    // Liquid 5: BlockBody::LiquidTagToken, one line of a {% liquid %} tag (Ruby's `.` stops at a newline).
    [GeneratedRegex("\\A" + S + "*(#|" + W + "+)" + S + "*(.*?)\\z")]
    public static partial Regex LiquidTagToken();

    // Liquid 5: InlineComment — a line of the comment that does not start with '#'.
    [GeneratedRegex("\\n" + S + "*[^# \\t\\r\\n\\f\\v]")]
    public static partial Regex InlineCommentLine();

    [GeneratedRegex("\\A\\{\\{-?(.*?)-?\\}\\}\\z", RegexOptions.Singleline)]
    public static partial Regex ContentOfVariable();

    [GeneratedRegex("\\A" + S + "*\\z")]
    public static partial Regex WhitespaceOrNothing();

    [GeneratedRegex("(" + QuotedFragment + ")(.*)", RegexOptions.Singleline)]
    public static partial Regex MarkupWithQuotedFragment();

    [GeneratedRegex("\\|" + S + "*(.*)", RegexOptions.Singleline)]
    public static partial Regex FilterMarkup();

    [GeneratedRegex("(?:" + S + "+|" + QuotedFragment + "|,)+")]
    public static partial Regex FilterParser();

    [GeneratedRegex(W + "+")]
    public static partial Regex Word();

    [GeneratedRegex("(?::|,)" + S + "*((?:" + W + "+" + S + "*:" + S + "*)?" + QuotedFragment + ")")]
    public static partial Regex FilterArgs();

    [GeneratedRegex("\\A(" + W + "+)" + S + "*:" + S + "*(" + QuotedFragment + ")\\z")]
    public static partial Regex JustTagAttributes();

    [GeneratedRegex("(" + W + "+)" + S + "*:" + S + "*(" + QuotedFragment + ")")]
    public static partial Regex TagAttributes();

    // Liquid 5: TagAttributes allows dashes after the first character of the key.
    [GeneratedRegex("(" + W + "[a-zA-Z0-9_\\-]*)" + S + "*:" + S + "*(" + QuotedFragment + ")")]
    public static partial Regex TagAttributes5();

    // Liquid 5: Render::SYNTAX — a quoted name, then optionally `with`/`for` an expression, then `as` a name.
    [GeneratedRegex("(" + "(?:" + QuotedString + ")+)(" + S + "+(with|for)" + S + "+(" + QuotedFragment + "+))?(" + S + "+(?:as)" + S + "+([a-zA-Z0-9_\\-]+))?")]
    public static partial Regex RenderSyntax();

    [GeneratedRegex("\\A'(.*)'\\z", RegexOptions.Singleline)]
    public static partial Regex SingleQuoted();

    [GeneratedRegex("\\A\"(.*)\"\\z", RegexOptions.Singleline)]
    public static partial Regex DoubleQuoted();

    [GeneratedRegex("\\A(-?[0-9]+)\\z")]
    public static partial Regex Integer();

    [GeneratedRegex("\\A(-?[0-9][0-9.]+)\\z")]
    public static partial Regex Float();

    [GeneratedRegex("\\A\\((" + NotS + "+)\\.\\.(" + NotS + "+)\\)\\z")]
    public static partial Regex Range();

    [GeneratedRegex("\\[[^\\]]+\\]|[a-zA-Z0-9_\\-]+\\??")]
    public static partial Regex VariableParser();

    [GeneratedRegex("\\A\\[(.*)\\]\\z", RegexOptions.Singleline)]
    public static partial Regex SquareBracketed();

    [GeneratedRegex("(" + VariableSignature + "+)" + S + "*=" + S + "*(.*)" + S + "*", RegexOptions.Singleline)]
    public static partial Regex AssignSyntax();

    [GeneratedRegex("(" + VariableSignature + "+)")]
    public static partial Regex CaptureSyntax();

    [GeneratedRegex("(" + QuotedFragment + ")")]
    public static partial Regex CaseSyntax();

    [GeneratedRegex("(" + QuotedFragment + ")(?:(?:" + S + "+or" + S + "+|" + S + "*," + S + "*)(" + QuotedFragment + ".*))?", RegexOptions.Singleline)]
    public static partial Regex WhenSyntax();

    [GeneratedRegex("\\A" + QuotedFragment + "+")]
    public static partial Regex CycleSimple();

    [GeneratedRegex("\\A(" + QuotedFragment + ")" + S + "*:" + S + "*(.*)", RegexOptions.Singleline)]
    public static partial Regex CycleNamed();

    [GeneratedRegex(S + "*(" + QuotedFragment + ")" + S + "*")]
    public static partial Regex CycleVariable();

    [GeneratedRegex("\\A([a-zA-Z0-9_\\-]+)" + S + "+in" + S + "+(" + QuotedFragment + "+)" + S + "*(reversed)?")]
    public static partial Regex ForSyntax();

    [GeneratedRegex("(" + W + "+)" + S + "+in" + S + "+(" + QuotedFragment + "+)")]
    public static partial Regex TableRowSyntax();

    [GeneratedRegex("(" + QuotedFragment + ")" + S + "*([=!<>a-z_]+)?" + S + "*(" + QuotedFragment + ")?")]
    public static partial Regex IfSyntax();

    [GeneratedRegex("(?:\\b" + AndOr + "\\b|(?:" + S + "*(?!\\b" + AndOr + "\\b)(?:" + QuotedFragment + "|" + NotS + "+)" + S + "*)+)")]
    public static partial Regex ExpressionsAndOperators();

    [GeneratedRegex("\\A(.*)\\{%" + S + "*(" + W + "+)" + S + "*(.*)?%\\}\\z", RegexOptions.Singleline)]
    public static partial Regex RawToken();

    // Liquid 5: BlockBody::FullTokenPossiblyInvalid, which (unlike Liquid 4's raw) allows whitespace control.
    [GeneratedRegex("\\A(.*)\\{%-?" + S + "*(" + W + "+)" + S + "*(.*)?-?%\\}\\z", RegexOptions.Singleline)]
    public static partial Regex FullTokenPossiblyInvalid5();
}
