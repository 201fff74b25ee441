using Gazette.Highlighting;

namespace Gazette.Tests.Highlighting;

/// <summary>
/// The highlighter's lookup, fallback, escaping and merging rules. Expected strings were produced by Rouge 3.30
/// (<c>Rouge::Formatters::HTML.new.format(Rouge::Lexer.find_fancy(lang, code).lex(code))</c>) unless noted.
/// </summary>
public class RougeHighlighterTests
{
    [Fact]
    public void Plain_text_escapes_only_ampersand_and_angle_brackets()
    {
        Assert.Equal("a &lt; b &amp;&amp; c &gt; d \"q\" 'a'", RougeHighlighter.Highlight("a < b && c > d \"q\" 'a'", "plaintext"));
    }

    [Theory]
    [InlineData("nosuchlang")]
    [InlineData("Ruby")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_or_empty_languages_yield_escaped_text(string? language)
    {
        Assert.Equal("x &lt; 1", RougeHighlighter.Highlight("x < 1", language));
    }

    [Fact]
    public void Options_after_a_question_mark_are_ignored()
    {
        Assert.Equal("<span class=\"nb\">puts</span> <span class=\"mi\">1</span>", RougeHighlighter.Highlight("puts 1", "ruby?foo=bar"));
    }

    [Theory]
    [InlineData("javascript", "js")]
    [InlineData("typescript", "ts")]
    [InlineData("ruby", "rb")]
    [InlineData("python", "py")]
    [InlineData("yaml", "yml")]
    [InlineData("shell", "sh")]
    [InlineData("shell", "bash")]
    [InlineData("shell", "zsh")]
    [InlineData("console", "shell_session")]
    [InlineData("console", "shell-session")]
    [InlineData("console", "terminal")]
    [InlineData("csharp", "cs")]
    [InlineData("csharp", "c#")]
    [InlineData("cpp", "c++")]
    [InlineData("markdown", "md")]
    [InlineData("markdown", "mkd")]
    [InlineData("docker", "dockerfile")]
    [InlineData("docker", "Dockerfile")]
    [InlineData("go", "golang")]
    [InlineData("rust", "rs")]
    [InlineData("rust", "rust,no_run")]
    [InlineData("diff", "patch")]
    [InlineData("diff", "udiff")]
    [InlineData("plaintext", "text")]
    [InlineData("erb", "eruby")]
    [InlineData("erb", "rhtml")]
    [InlineData("jsx", "react")]
    [InlineData("irb", "pry")]
    [InlineData("php", "php5")]
    public void Aliases_use_the_same_lexer(string tag, string alias)
    {
        const string Code = "x = 1 # \"s\" <a> & 'c' // y\n";
        Assert.Equal(RougeHighlighter.Highlight(Code, tag), RougeHighlighter.Highlight(Code, alias));
    }

    [Fact]
    public void Adjacent_tokens_of_one_type_are_merged()
    {
        // Rouge's C# lexer matches numbers one digit at a time.
        Assert.Equal(
            "<span class=\"m\">123</span> <span class=\"p\">+</span> <span class=\"m\">4.5</span>",
            RougeHighlighter.Highlight("123 + 4.5", "csharp"));
    }

    [Fact]
    public void Whitespace_tokens_get_a_span_and_unmatched_characters_are_errors()
    {
        Assert.Equal("<span class=\"p\">{</span><span class=\"w\"> </span><span class=\"p\">}</span>", RougeHighlighter.Highlight("{ }", "json"));
        Assert.Equal(
            "<span class=\"p\">[</span><span class=\"s2\">\"😀\"</span><span class=\"p\">]</span><span class=\"w\"> </span><span class=\"err\">😀</span>",
            RougeHighlighter.Highlight("[\"😀\"] 😀", "json"));
    }

    [Fact]
    public void Carriage_returns_are_kept()
    {
        Assert.Equal(
            "<span class=\"n\">a</span> <span class=\"o\">=</span> <span class=\"mi\">1</span>\r\n<span class=\"n\">b</span> <span class=\"o\">=</span> <span class=\"mi\">2</span>\r\n",
            RougeHighlighter.Highlight("a = 1\r\nb = 2\r\n", "ruby"));
    }

    [Fact]
    public void Guess_detects_shebangs_and_doctypes_and_otherwise_yields_plain_text()
    {
        Assert.Equal("<span class=\"c\">#!/bin/bash</span>\n<span class=\"nb\">echo </span>hi\n", RougeHighlighter.Highlight("#!/bin/bash\necho hi\n", "guess"));
        Assert.Equal(
            "<span class=\"cp\">&lt;!DOCTYPE html&gt;</span>\n<span class=\"nt\">&lt;p&gt;</span>x<span class=\"nt\">&lt;/p&gt;</span>\n",
            RougeHighlighter.Highlight("<!DOCTYPE html>\n<p>x</p>\n", "guess"));
        Assert.Equal("just words\n", RougeHighlighter.Highlight("just words\n", "guess"));
    }

    [Fact]
    public void A_language_rouge_knows_but_gazette_lacks_falls_back_to_escaped_text()
    {
        // Gazette's fallback, not Rouge's output: Rouge highlights Fortran.
        Assert.True(RougeHighlighter.IsKnownLanguage("fortran"));
        Assert.Equal("x = &lt;1&gt;", RougeHighlighter.Highlight("x = <1>", "fortran"));
    }

    [Theory]
    [InlineData("php?start_inline=1", "<span class=\"nv\">$foo</span> <span class=\"o\">=</span> <span class=\"k\">new</span> <span class=\"nc\">Bar</span><span class=\"p\">;</span>\n")]
    [InlineData("php?start_inline", "<span class=\"nv\">$foo</span> <span class=\"o\">=</span> <span class=\"k\">new</span> <span class=\"nc\">Bar</span><span class=\"p\">;</span>\n")]
    [InlineData("php?start_inline=0", "$foo = new Bar;\n")]
    [InlineData("php", "<span class=\"nv\">$foo</span> <span class=\"o\">=</span> <span class=\"k\">new</span> <span class=\"nc\">Bar</span><span class=\"p\">;</span>\n")]
    public void Lexer_options_follow_the_question_mark(string language, string expected)
    {
        Assert.Equal(expected, RougeHighlighter.Highlight("$foo = new Bar;\n", language));
    }

    [Theory]
    [InlineData("php?start_inline=1", "<span class=\"o\">&lt;?</span><span class=\"n\">php</span> <span class=\"k\">echo</span> <span class=\"mi\">1</span><span class=\"p\">;</span> <span class=\"cp\">?&gt;</span>\n")]
    [InlineData("php", "<span class=\"cp\">&lt;?php</span> <span class=\"k\">echo</span> <span class=\"mi\">1</span><span class=\"p\">;</span> <span class=\"cp\">?&gt;</span>\n")]
    public void Php_start_inline_treats_the_open_tag_as_code(string language, string expected)
    {
        Assert.Equal(expected, RougeHighlighter.Highlight("<?php echo 1; ?>\n", language));
    }

    [Theory]
    [InlineData("ruby", true)]
    [InlineData("js", true)]
    [InlineData("c#", true)]
    [InlineData("Dockerfile", true)]
    [InlineData("plaintext", true)]
    [InlineData("text", true)]
    [InlineData("guess", true)]
    [InlineData("erb", true)]
    [InlineData("ruby?x=1", true)]
    [InlineData("Ruby", false)]
    [InlineData("nosuchlang", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Known_languages_are_the_names_rouge_resolves(string? language, bool known)
    {
        Assert.Equal(known, RougeHighlighter.IsKnownLanguage(language));
    }

    [Fact]
    public void Every_gazette_lexer_is_registered_under_rouge_names()
    {
        Assert.All(LexerRegistry.Names, name => Assert.True(RougeLanguageNames.All.Contains(name), name));
    }

    [Theory]
    [InlineData("console?comments=true", "<span class=\"gp\">$</span><span class=\"w\"> </span><span class=\"nb\">ls</span> <span class=\"nt\">-la</span>\n<span class=\"c\"># comment here\n</span><span class=\"go\">% echo hi\nerror: boom\nplain output\n</span>")]
    [InlineData("console?prompt=%25&error=error:", "<span class=\"go\">$ ls -la\n</span><span class=\"c\"># comment here\n</span><span class=\"gp\">%</span><span class=\"w\"> </span><span class=\"nb\">echo </span>hi\n<span class=\"gr\">error: boom\n</span><span class=\"go\">plain output\n</span>")]
    [InlineData("console?lang=ruby", "<span class=\"gp\">$</span><span class=\"w\"> </span><span class=\"n\">ls</span> <span class=\"o\">-</span><span class=\"n\">la</span>\n<span class=\"gp\">#</span><span class=\"w\"> </span><span class=\"n\">comment</span> <span class=\"n\">here</span>\n<span class=\"go\">% echo hi\nerror: boom\nplain output\n</span>")]
    [InlineData("console?lang=nosuch", "<span class=\"gp\">$</span><span class=\"w\"> </span><span class=\"nb\">ls</span> <span class=\"nt\">-la</span>\n<span class=\"gp\">#</span><span class=\"w\"> </span>comment here\n<span class=\"go\">% echo hi\nerror: boom\nplain output\n</span>")]
    [InlineData("console?output=json", "<span class=\"gp\">$</span><span class=\"w\"> </span><span class=\"nb\">ls</span> <span class=\"nt\">-la</span>\n<span class=\"gp\">#</span><span class=\"w\"> </span>comment here\n<span class=\"err\">%</span><span class=\"w\"> </span><span class=\"err\">echo</span><span class=\"w\"> </span><span class=\"err\">hi</span><span class=\"w\">\n</span><span class=\"err\">error:</span><span class=\"w\"> </span><span class=\"err\">boom</span><span class=\"w\">\n</span><span class=\"err\">plain</span><span class=\"w\"> </span><span class=\"err\">output</span><span class=\"w\">\n</span>")]
    public void Console_options_choose_prompts_comments_errors_and_lexers(string language, string expected)
    {
        Assert.Equal(expected, RougeHighlighter.Highlight("$ ls -la\n# comment here\n% echo hi\nerror: boom\nplain output\n", language));
    }
}
