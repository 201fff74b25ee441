namespace Gazette.Content;

/// <summary>
/// Decides which files and folders of the source are read. Jekyll: <c>EntryFilter#filter</c>
/// (lib/jekyll/entry_filter.rb): names starting with <c>.</c>, <c>_</c>, <c>#</c> or <c>~</c>, or ending with
/// <c>~</c>, are skipped; <c>exclude</c> entries skip a path and everything that starts with it;
/// <c>include</c> wins over both.
/// </summary>
internal sealed class EntryFilter
{
    private readonly List<(string Text, GlobPattern Glob)> _exclude;
    private readonly List<(string Text, GlobPattern Glob)> _include;

    public EntryFilter(IEnumerable<string> exclude, IEnumerable<string> include)
    {
        var includeList = include.Where(e => e.Length > 0).ToList();
        _include = includeList.Select(Compile).ToList();
        _exclude = exclude.Where(e => e.Length > 0 && !includeList.Contains(e)).Select(Compile).ToList();
    }

    /// <summary>Whether the entry is skipped.</summary>
    /// <param name="relativePath">The path relative to the source, with <c>/</c> separators.</param>
    /// <param name="isDirectory">Whether the entry is a folder.</param>
    public bool IsFiltered(string relativePath, bool isDirectory)
    {
        var name = relativePath[(relativePath.LastIndexOf('/') + 1)..];
        if (name.EndsWith('.'))
        {
            return true;
        }
        var included = Matches(_include, name, isDirectory) || Matches(_include, relativePath, isDirectory);
        if (!included && Matches(_exclude, relativePath, isDirectory))
        {
            return true;
        }
        if (included)
        {
            return false;
        }
        return IsSpecial(name) || name.EndsWith('~');
    }

    private static bool IsSpecial(string name) => name.Length > 0 && name[0] is '.' or '_' or '#' or '~';

    // Jekyll: glob_include? matches by fnmatch, by plain prefix ("foo" also excludes "foobar.md"),
    // and a pattern "dir/" matches the folder "dir".
    private static bool Matches(List<(string Text, GlobPattern Glob)> patterns, string path, bool isDirectory)
    {
        foreach (var (text, glob) in patterns)
        {
            if (glob.IsMatch(path) || path.StartsWith(text, StringComparison.Ordinal)
                || (isDirectory && text == path + "/"))
            {
                return true;
            }
        }
        return false;
    }

    private static (string, GlobPattern) Compile(string pattern)
    {
        var text = pattern.TrimStart('/');
        return (text, new GlobPattern(text));
    }
}
