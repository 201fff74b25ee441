using Gazette.Cli;
using Gazette.Tests.Testing;

namespace Gazette.Tests.Cli;

/// <summary>
/// Each kind of user error gives one message with file:line:column and exit code 1, and leaves the previous
/// output exactly as it was. Runs the real command line in-process.
/// </summary>
[Collection(ConsoleTests.Name)]
public class BuildErrorTests
{
    private static TempSite GoodSite() => new(
        ("_config.yml", "title: Test\n"),
        ("_layouts/default.html", "<html><body>{{ content }}</body></html>\n"),
        ("_includes/card.html", "<b>{{ include.title }}</b>\n"),
        ("_posts/2026-01-06-hello.md", "---\nlayout: default\ntitle: Hello\n---\nHello *world*.\n"),
        ("index.html", "---\nlayout: default\n---\n{% include card.html title=\"x\" %}\n"));

    public static TheoryData<string, string, string, string> Errors() => new()
    {
        { "_posts/2026-01-06-hello.md", "---\nlayout: default\ntitle: a: b\n---\nBody\n", "_posts/2026-01-06-hello.md:3:", "invalid YAML" },
        { "_config.yml", "title: Test\nbaseurl: \"/x\n", "_config.yml:2:", "invalid YAML" },
        { "index.html", "---\nlayout: nowhere\n---\nText\n", "index.html:", "Layout 'nowhere'" },
        { "index.html", "---\nlayout: default\n---\nLine 4\n{% include missing.html %}\n", "index.html:5:1:", "Liquid Exception: Could not locate the included file 'missing.html'" },
        { "index.html", "---\nlayout: default\n---\nLine 4\nTotal: {{ 10 | divided_by: 0 }}\n", "index.html:5:8:", "Liquid Exception: divided by 0" },
        { "_includes/card.html", "<b>\n  {% if include.title > 2 %}x{% endif %}</b>\n", "_includes/card.html:2:3:", "Liquid Exception: comparison of String with 2 failed" },
        { "_includes/card.html", "<b>{% include card.html %}</b>\n", "_includes/card.html:1:4:", "Liquid Exception: Nesting too deep" },
        { "_layouts/default.html", "---\n---\n<html>\n{{ content }}{% assign n = 'x' | plus: 1 | divided_by: 0 %}</html>\n", "_layouts/default.html:4:14:", "Liquid Exception: divided by 0" },
        { "index.html", "---\nlayout: default\n---\n{% if page.title %}\nunclosed\n", "index.html:", "Liquid syntax error" },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void Error_names_file_and_line_exits_1_and_keeps_previous_output(string path, string text, string location, string message)
    {
        using var site = GoodSite();
        Assert.Equal(0, Run(site, out _));
        var before = site.Snapshot();
        Assert.NotEmpty(before);

        site.Write(path, text);
        var exit = Run(site, out var stderr);

        Assert.Equal(1, exit);
        Assert.Contains(location, stderr, StringComparison.Ordinal);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.Equal(before, site.Snapshot());
    }

    [Fact]
    public void Undefined_filter_with_strict_filters_names_the_file_line_and_column()
    {
        using var site = GoodSite();
        site.Write("_config.yml", "title: Test\nliquid:\n  strict_filters: true\n");
        site.Write("_posts/2026-01-06-hello.md", "---\nlayout: default\ntitle: Hello\n---\nHello *world*.\n\n{{ page.title | shout }}\n");

        var exit = Run(site, out var stderr);

        Assert.Equal(1, exit);
        Assert.Contains("_posts/2026-01-06-hello.md:7:1:", stderr, StringComparison.Ordinal);
        Assert.Contains("Liquid Exception: undefined filter shout", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Destination_that_contains_the_source_is_refused()
    {
        using var site = GoodSite();
        var exit = CliApp.Run(["build", "-s", site.Source, "-d", site.Root]);
        Assert.Equal(1, exit);
        Assert.True(File.Exists(Path.Combine(site.Source, "index.html")));
    }

    private static int Run(TempSite site, out string stderr)
    {
        var previousError = Console.Error;
        using var error = new StringWriter();
        Console.SetError(error);
        try
        {
            var exit = CliApp.Run(["build", "-s", site.Source, "-d", site.Destination, "--quiet"]);
            stderr = error.ToString();
            return exit;
        }
        finally
        {
            Console.SetError(previousError);
        }
    }
}
