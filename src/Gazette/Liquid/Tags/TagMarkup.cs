namespace Gazette.Liquid.Tags;

/// <summary>The text between a tag's name and its <c>%}</c>, and the line where it stands.</summary>
/// <param name="Text">The markup, trimmed.</param>
/// <param name="Line">The 1-based line within the template.</param>
internal sealed record TagMarkup(string Text, int Line);
