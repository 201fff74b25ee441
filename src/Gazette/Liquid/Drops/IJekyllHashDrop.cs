namespace Gazette.Liquid.Drops;

/// <summary>
/// A drop that Jekyll serialises as a hash of its keys (<c>Drop#to_h</c>, used by <c>jsonify</c> and
/// <c>inspect</c>): the keys in Jekyll's order, each read back through the drop.
/// </summary>
internal interface IJekyllHashDrop
{
    /// <summary>
    /// Jekyll: <c>Drop#keys</c>. <paramref name="collapsed"/> asks for the keys of
    /// <c>DocumentDrop#collapse_document</c> (no content, output, excerpt, next or previous), which Jekyll uses for
    /// the neighbours of a document nested two levels deep in JSON.
    /// </summary>
    IEnumerable<string> HashKeys(bool collapsed);
}
