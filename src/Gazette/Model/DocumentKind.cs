namespace Gazette.Model;

/// <summary>What a rendered file is in Jekyll's terms.</summary>
internal enum DocumentKind
{
    /// <summary>A file with front matter outside the special folders (Jekyll's <c>Page</c>).</summary>
    Page,

    /// <summary>A post in <c>_posts</c> or a draft in <c>_drafts</c>.</summary>
    Post,

    /// <summary>A document of another collection.</summary>
    CollectionDocument,
}
