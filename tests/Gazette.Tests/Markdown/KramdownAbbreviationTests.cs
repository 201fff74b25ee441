using Gazette.Markdown;

namespace Gazette.Tests.Markdown;

/// <summary>Abbreviations as kramdown finds them; expected HTML is kramdown 2.4's output with Jekyll's options (2.5 for line breaks).</summary>
public class KramdownAbbreviationTests
{
    private static readonly MarkdownConverter Kramdown = new(KramdownOptions.JekyllDefaults);

    [Fact]
    public void Applies_a_definition_written_below_the_text()
    {
        Assert.Equal("<p><abbr title=\"Cascading\">CSS</abbr></p>\n\n", Kramdown.Convert("CSS\n\n*[CSS]: Cascading\n"));
    }

    [Fact]
    public void Matches_longest_first_on_ascii_word_boundaries_and_takes_ials_around_the_definition()
    {
        var html = Kramdown.Convert("{:.pre}\n*[CSS]: Cascading\n{:.post}\n*[CSS3]: Cascading 3\n*[(X)HTML]:\n\nCSS, CSS3, CSSX, (X)HTML(X)HTML and x(X)HTML\n");
        Assert.Equal(
            "\n<p><abbr class=\"pre post\" title=\"Cascading\">CSS</abbr>, <abbr title=\"Cascading 3\">CSS3</abbr>, CSSX, " +
            "<abbr>(X)HTML</abbr><abbr>(X)HTML</abbr> and x(X)HTML</p>\n",
            html);
    }

    [Fact]
    public void Finds_abbreviations_in_escaped_text_links_autolinks_and_quotes_but_not_code()
    {
        var html = Kramdown.Convert("\\*CSS\\* in [CSS](u), <me@CSS.org>, `CSS` and \"CSS\"\n\n*[CSS]: Cascading\n");
        Assert.Equal(
            "<p>*<abbr title=\"Cascading\">CSS</abbr>* in <a href=\"u\"><abbr title=\"Cascading\">CSS</abbr></a>, " +
            "<a href=\"mailto:me@CSS.org\">me@<abbr title=\"Cascading\">CSS</abbr>.org</a>, " +
            "<code class=\"language-plaintext highlighter-rouge\">CSS</code> and \u201C<abbr title=\"Cascading\">CSS</abbr>\u201D</p>\n\n",
            html);
    }

    [Fact]
    public void Matches_a_multi_word_abbreviation_across_a_line_break()
    {
        var html = Kramdown.Convert("*[foo bar]: baz\n\nhello foo\nbar babble.\n");
        Assert.Equal("\n<p>hello <abbr title=\"baz\">foo\nbar</abbr> babble.</p>\n", html);
    }

    [Fact]
    public void Leaves_definitions_alone_in_commonmark_mode()
    {
        var commonMark = new MarkdownConverter(KramdownOptions.FromConfig(null, "CommonMark"));
        Assert.Equal("<p>*[CSS]: Cascading\nCSS</p>\n", commonMark.Convert("*[CSS]: Cascading\nCSS\n"));
    }
}
