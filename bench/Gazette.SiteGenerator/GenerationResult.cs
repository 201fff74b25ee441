namespace Gazette.SiteGenerator;

/// <summary>What <see cref="SiteGenerator.Generate"/> wrote.</summary>
/// <param name="Root">Absolute path of the site.</param>
/// <param name="FilesWritten">Number of files written, the marker included.</param>
/// <param name="ExpectedHtmlPages">HTML files the target tool should produce from the site.</param>
internal sealed record GenerationResult(string Root, int FilesWritten, int ExpectedHtmlPages);
