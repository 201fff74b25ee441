namespace Gazette.Diagnostics;

/// <summary>
/// Something Jekyll logs as a warning without stopping the build (today: Liquid's warn-mode syntax warnings),
/// worded as Jekyll words it so that its log lines can be compared.
/// </summary>
/// <param name="Topic">Jekyll's log topic, such as <c>Liquid Warning:</c>.</param>
/// <param name="Text">The message exactly as Jekyll prints it after the topic (paths in Jekyll's form).</param>
/// <param name="File">The file it is about, relative to the site source.</param>
/// <param name="Line">The 1-based line in that file, or 0 when unknown.</param>
public sealed record BuildWarning(string Topic, string Text, string File, int Line);
