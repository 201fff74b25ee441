using Gazette.SiteGenerator;

GeneratorOptions? options = GeneratorOptions.Parse(args, out string error);
if (options is null)
{
    Console.Error.WriteLine(error);
    Console.Error.WriteLine(GeneratorOptions.Usage);
    return 2;
}

try
{
    GenerationResult result = new SiteGenerator(options).Generate();
    Console.WriteLine(
        $"{options.Flavor.ToString().ToLowerInvariant()}: {options.Posts} posts, {result.FilesWritten} files in {result.Root} (expect {result.ExpectedHtmlPages} HTML pages)");
    return 0;
}
catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 1;
}
