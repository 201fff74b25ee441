using BenchmarkDotNet.Attributes;
using Gazette.Content;
using Gazette.Yaml;

namespace Gazette.Benchmarks;

/// <summary>
/// Splitting a news post into front matter and body and parsing the YAML, as the site reader does for every file.
/// The input is a generated post file (eight keys: quoted strings, a date, two flow sequences, about 1,000 words of body).
/// </summary>
[MemoryDiagnoser]
public class FrontMatterBenchmarks
{
    private const string FileName = "_posts/2026-01-06-sample.md";
    private string _file = "";
    private string _yaml = "";

    /// <summary>Builds the post file and cuts out its YAML block for the YAML-only benchmark.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _file = SampleNews.JekyllFile(SampleNews.Article());
        int end = _file.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        _yaml = _file[4..(end + 1)];
    }

    /// <summary>Split and parse: <c>FrontMatterReader.Read</c>, which also copies the body out.</summary>
    [Benchmark(Baseline = true)]
    public object SplitAndParse() => FrontMatterReader.Read(_file, FileName);

    /// <summary>Only the YAML loader on the front matter text, to separate the split from the parse.</summary>
    [Benchmark]
    public object ParseYamlOnly() => YamlLoader.LoadMapping(_yaml, FileName, lineOffset: 1);
}
