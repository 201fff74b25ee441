using System.Text.RegularExpressions;

namespace Gazette.Highlighting;

/// <summary>
/// The <c>detect?</c> methods of Rouge 3.30's lexers, over one source text (with Rouge's TextAnalyzer
/// helpers <c>shebang?</c> and <c>doctype?</c>, rouge/text_analyzer.rb).
/// </summary>
internal sealed partial class GuessDetectors
{
    /// <summary>The detectable lexers in Rouge's <c>Lexer.all</c> order, which breaks ties.</summary>
    public static readonly string[] Order =
    [
        "awk", "xml", "biml", "coffeescript", "crystal", "python", "diff", "yaml", "factor", "gherkin", "groovy",
        "php", "hack", "haskell", "haxe", "html", "io", "ruby", "javascript", "julia", "lasso", "livescript", "lua",
        "moonscript", "mosel", "perl", "postscript", "praat", "puppet", "r", "racket", "rust", "sed", "shell",
        "solidity", "tcl", "tex", "tulip",
    ];

    private readonly string _text;
    private readonly string? _shebang;
    private readonly string? _doctype;

    public GuessDetectors(string text)
    {
        _text = text;
        var shebang = Shebang().Match(text);
        _shebang = shebang.Success ? shebang.Groups[1].Value : null;
        var doctype = Doctype().Match(text);
        _doctype = doctype.Success ? doctype.Groups[1].Value : null;
    }

    public bool Detects(string tag) => tag switch
    {
        "awk" => IsShebang("awk"),
        "xml" => !(_doctype is not null && _doctype.Contains("html", StringComparison.Ordinal))
            && (XmlDeclaration().IsMatch(_text) || _doctype is not null),
        "biml" => Biml().IsMatch(_text),
        "coffeescript" => IsShebang("coffee"),
        "crystal" => IsShebang("crystal"),
        "python" => IsShebang(@"(?:pythonw?(?:[23](?:\.\d+)?)?)"),
        "diff" => _text.StartsWith("Index: ", StringComparison.Ordinal) || DiffHeader().IsMatch(_text)
            || DiffMarkers().IsMatch(_text) || DiffMarkersReversed().IsMatch(_text),
        "yaml" => YamlDirective().IsMatch(_text),
        "factor" => IsShebang("factor"),
        "gherkin" => IsShebang("cucumber"),
        "groovy" => IsShebang("(?:groovy)"),
        "php" => IsShebang("php") || (!HackLineStart().IsMatch(_text) && PhpLineStart().IsMatch(_text)),
        "hack" => _text.Contains("<?hh", StringComparison.Ordinal) || IsShebang("hhvm")
            || AsyncFunction().IsMatch(_text) || _text.Contains("): Awaitable<", StringComparison.Ordinal),
        "haskell" => IsShebang("runhaskell"),
        "haxe" => IsShebang("haxe"),
        "html" => (_doctype is not null && HtmlWord().IsMatch(_doctype))
            || (!XmlDeclaration().IsMatch(_text) && HtmlTag().IsMatch(_text)),
        "io" => IsShebang("io"),
        "ruby" => IsShebang("ruby"),
        "javascript" => IsShebang("node") || IsShebang("jsc"),
        "julia" => IsShebang("julia"),
        "lasso" => IsShebang("lasso9") || Lasso().IsMatch(_text),
        "livescript" => IsShebang("lsc"),
        "lua" => IsShebang("lua"),
        "moonscript" => IsShebang("moon"),
        "mosel" => Mosel().IsMatch(_text),
        "perl" => IsShebang("perl"),
        "postscript" => PostScript().IsMatch(_text),
        "praat" => IsShebang("praat"),
        "puppet" => IsShebang("puppet-apply") || IsShebang("puppet"),
        "r" => IsShebang("Rscript"),
        "racket" => RacketLang().Match(_text) is { Success: true } lang && RacketName().IsMatch(lang.Groups[1].Value),
        "rust" => IsShebang("rustc"),
        "sed" => IsShebang("sed"),
        "shell" => IsShebang("(?:(ba|z|k)?sh)"),
        "solidity" => _text.StartsWith("pragma solidity", StringComparison.Ordinal),
        "tcl" => IsShebang("tclsh") || IsShebang("wish") || IsShebang("jimsh"),
        "tex" => Tex().IsMatch(_text),
        "tulip" => IsShebang("tulip"),
        _ => false,
    };

    // Rouge: TextAnalyzer#shebang? matches /\b#{name}(\s|$)/ anywhere in the #! line. Called only during guessing,
    // which is rare, so the pattern is not cached.
    private bool IsShebang(string name) =>
        _shebang is not null && Regex.IsMatch(_shebang, @"\b" + name + @"(\s|$)", RegexOptions.Multiline);

    [GeneratedRegex(@"\A\s*#!(.*)$", RegexOptions.Multiline)]
    private static partial Regex Shebang();
    [GeneratedRegex(@"\A\s*(?:<\?.*?\?>\s*)?<!DOCTYPE\s+(.+?)>", RegexOptions.Singleline)]
    private static partial Regex Doctype();
    [GeneratedRegex(@"\A<\?xml\b")]
    private static partial Regex XmlDeclaration();
    [GeneratedRegex(@"<\s*Biml\b")]
    private static partial Regex Biml();
    [GeneratedRegex(@"\Adiff[^\n]*?\ba/[^\n]*\bb/")]
    private static partial Regex DiffHeader();
    [GeneratedRegex(@"---.*?\n[+][+][+]")]
    private static partial Regex DiffMarkers();
    [GeneratedRegex(@"[+][+][+].*?\n---")]
    private static partial Regex DiffMarkersReversed();
    [GeneratedRegex(@"\A\s*%YAML", RegexOptions.Singleline)]
    private static partial Regex YamlDirective();
    [GeneratedRegex(@"^<\?hh", RegexOptions.Multiline)]
    private static partial Regex HackLineStart();
    [GeneratedRegex(@"^<\?php", RegexOptions.Multiline)]
    private static partial Regex PhpLineStart();
    [GeneratedRegex(@"async function [a-zA-Z]")]
    private static partial Regex AsyncFunction();
    [GeneratedRegex(@"\bhtml\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlWord();
    [GeneratedRegex(@"<\s*html\b")]
    private static partial Regex HtmlTag();
    [GeneratedRegex(@"\A.*?<\?(lasso(script)?|=)")]
    private static partial Regex Lasso();
    [GeneratedRegex(@"^\s*(model|package)\s+", RegexOptions.Multiline)]
    private static partial Regex Mosel();
    [GeneratedRegex(@"^%!", RegexOptions.Multiline)]
    private static partial Regex PostScript();
    [GeneratedRegex(@"\A#lang\s*(.*?)$", RegexOptions.Multiline)]
    private static partial Regex RacketLang();
    [GeneratedRegex("racket|scribble")]
    private static partial Regex RacketName();
    [GeneratedRegex(@"\A\s*\\(documentclass|input|documentstyle|relax|ProvidesPackage|ProvidesClass)")]
    private static partial Regex Tex();
}
