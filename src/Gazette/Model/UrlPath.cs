namespace Gazette.Model;

/// <summary>Joins and splits URL paths the way Ruby's <c>File.join</c> and <c>File.dirname</c> do on URLs.</summary>
internal static class UrlPath
{
    public static string Directory(string url)
    {
        var index = url.TrimEnd('/').LastIndexOf('/');
        if (url.EndsWith('/'))
        {
            index = url[..^1].LastIndexOf('/');
        }
        return index <= 0 ? "/" : url[..index];
    }

    public static string Join(string left, string right) =>
        left.EndsWith('/') ? left + right.TrimStart('/') : left + "/" + right.TrimStart('/');
}
