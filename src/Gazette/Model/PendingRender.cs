namespace Gazette.Model;

/// <summary>
/// A document's converted content and output, rendered once on first request: by the document's own turn, or
/// by the template of a later document (in Jekyll's order it would have rendered by then).
/// </summary>
internal abstract class PendingRender
{
    /// <summary>Content after Liquid and the converter.</summary>
    public abstract string Content { get; }

    /// <summary>The output with layouts.</summary>
    public abstract string? Output { get; }
}
