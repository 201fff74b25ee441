namespace Gazette.Tests.Differential;

public sealed class SiteComparerTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>Home | Site</title>
        </head>
        <body>
          <ul class="posts">
            <li><a href="/a.html" class="x">First <em>post</em></a> 2024-01-05</li>
          </ul>
          <pre>keep   this
          spacing</pre>
        </body>
        </html>
        """;

    [Fact]
    public void Identical_folders_have_no_differences()
    {
        using var sites = new TempSitePair()
            .Both("index.html", Page)
            .Both("feed.xml", "<feed><title>x</title></feed>\n")
            .Both("css/site.css", "body { color: red; }\n")
            .Both(".htaccess", "Options -Indexes\n");

        Assert.Empty(sites.Compare());
    }

    [Fact]
    public void Whitespace_and_attribute_order_in_html_do_not_count()
    {
        var reformatted = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Home   |\n Site</title></head>" +
                          "<body>\n\n<ul class=\"posts\">\n\n<li>\n  <a class=\"x\" href=\"/a.html\">First\n    <em>post</em></a>\t2024-01-05\n</li>" +
                          "</ul><pre>keep   this\n  spacing</pre></body></html>";
        using var sites = new TempSitePair().ExpectedFile("index.html", Page).ActualFile("index.html", reformatted);

        var differences = sites.Compare();

        Assert.Empty(differences);
    }

    [Fact]
    public void A_changed_word_in_html_is_reported_with_the_normalized_line()
    {
        using var sites = new TempSitePair()
            .ExpectedFile("blog/index.html", Page)
            .ActualFile("blog/index.html", Page.Replace("First <em>post</em>", "First <em>entry</em>", StringComparison.Ordinal));

        var difference = Assert.Single(sites.Compare());

        Assert.StartsWith("differs: blog/index.html (normalized HTML), first difference at line", difference, StringComparison.Ordinal);
        Assert.Matches("(?m)^-\\s+\"post\"$", difference);
        Assert.Matches("(?m)^\\+\\s+\"entry\"$", difference);
    }

    [Fact]
    public void Removing_a_visible_space_between_inline_elements_is_a_difference()
    {
        using var sites = new TempSitePair()
            .ExpectedFile("index.html", "<p>Hello <em>world</em></p>")
            .ActualFile("index.html", "<p>Hello<em>world</em></p>");

        var difference = Assert.Single(sites.Compare());

        Assert.Contains("\"Hello \"", difference, StringComparison.Ordinal);
    }

    [Fact]
    public void Whitespace_inside_pre_is_significant()
    {
        using var sites = new TempSitePair()
            .ExpectedFile("index.html", Page)
            .ActualFile("index.html", Page.Replace("keep   this", "keep this", StringComparison.Ordinal));

        Assert.Single(sites.Compare());
    }

    [Fact]
    public void A_changed_attribute_value_is_a_difference()
    {
        using var sites = new TempSitePair()
            .ExpectedFile("index.html", Page)
            .ActualFile("index.html", Page.Replace("/a.html", "/a/", StringComparison.Ordinal));

        var difference = Assert.Single(sites.Compare());

        Assert.Contains("href=\"/a/\"", difference, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_and_extra_files_are_reported_including_dot_files()
    {
        using var sites = new TempSitePair()
            .Both("index.html", Page)
            .ExpectedFile("2024/01/05/post.html", "<p>x</p>")
            .ExpectedFile(".htaccess", "Options -Indexes\n")
            .ActualFile("2024/01/05/post/index.html", "<p>x</p>");

        var differences = sites.Compare();

        Assert.Equal(
            ["missing: .htaccess", "missing: 2024/01/05/post.html", "extra: 2024/01/05/post/index.html"],
            differences);
    }

    [Fact]
    public void A_changed_byte_in_an_xml_file_is_reported_with_its_line()
    {
        using var sites = new TempSitePair()
            .ExpectedFile("feed.xml", "<feed>\n  <title>News</title>\n  <updated>2024-01-05T00:00:00+00:00</updated>\n</feed>\n")
            .ActualFile("feed.xml", "<feed>\n  <title>News</title>\n  <updated>2024-01-05T00:00:00-05:00</updated>\n</feed>\n");

        var difference = Assert.Single(sites.Compare());

        Assert.StartsWith("differs: feed.xml (bytes), first difference at line 3:", difference, StringComparison.Ordinal);
        Assert.Contains("+   \"  <updated>2024-01-05T00:00:00-05:00</updated>\"", difference, StringComparison.Ordinal);
    }

    [Fact]
    public void Xml_is_compared_byte_for_byte_so_whitespace_counts()
    {
        using var sites = new TempSitePair()
            .ExpectedFile("feed.xml", "<feed>\n  <title>News</title>\n</feed>\n")
            .ActualFile("feed.xml", "<feed>\n<title>News</title>\n</feed>\n");

        Assert.Single(sites.Compare());
    }

    [Fact]
    public void A_changed_byte_or_missing_final_newline_in_a_txt_file_is_reported()
    {
        using var sites = new TempSitePair()
            .ExpectedFile("robots.txt", "User-agent: *\nDisallow:\n")
            .ActualFile("robots.txt", "User-agent: *\nDisallow:");

        var difference = Assert.Single(sites.Compare());

        Assert.Contains("first difference at line 3", difference, StringComparison.Ordinal);
        Assert.Contains("+   <end of file>", difference, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_files_report_the_first_differing_byte()
    {
        using var sites = new TempSitePair();
        TempSitePair.WriteBytes(sites.Expected, "images/pixel.png", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]);
        TempSitePair.WriteBytes(sites.Actual, "images/pixel.png", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x02]);

        var difference = Assert.Single(sites.Compare());

        Assert.Equal("differs: images/pixel.png (binary), expected 6 bytes, actual 6 bytes, first difference at byte 5", difference);
    }

    [Fact]
    public void A_missing_actual_folder_is_a_difference_and_a_missing_expected_folder_throws()
    {
        using var sites = new TempSitePair();
        var nowhere = Path.Combine(sites.Actual, "not-built");

        Assert.Equal([$"actual site folder does not exist: {nowhere}"], SiteComparer.Compare(sites.Expected, nowhere));
        Assert.Throws<DirectoryNotFoundException>(() => SiteComparer.Compare(nowhere, sites.Actual));
    }

    [Fact]
    public void Report_lists_the_count_and_caps_the_entries()
    {
        var report = SiteComparer.Report(["missing: a", "missing: b", "missing: c"], limit: 2);

        Assert.Equal("3 difference(s):\nmissing: a\nmissing: b\n... and 1 more", report);
    }
}
