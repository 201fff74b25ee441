using Gazette.Diagnostics;
using Gazette.Pipeline;
using Gazette.Yaml;

namespace Gazette.Configuration;

/// <summary>
/// Stage 1: builds the <see cref="SiteConfig"/> from Jekyll's defaults, the config files (merged in order)
/// and the command-line options. Jekyll: <c>Configuration#read_config_files</c>.
/// </summary>
internal static class ConfigLoader
{
    public static SiteConfig Load(BuildOptions options)
    {
        var workingDir = Directory.GetCurrentDirectory();
        var source = Path.GetFullPath(options.Source ?? ".", workingDir);
        if (!Directory.Exists(source))
        {
            throw new BuildException(new Diagnostic(source, 0, 0, "the source folder does not exist",
                "pass the site's folder with --source"));
        }
        var raw = JekyllDefaults.Create();
        foreach (var file in ConfigFiles(options, source, workingDir))
        {
            var relative = Path.GetRelativePath(workingDir, file);
            var data = YamlLoader.Load(File.ReadAllText(file), relative);
            switch (data)
            {
                case null:
                    break;
                case Dictionary<string, object?> map:
                    DeepMerge.MergeInto(raw, map);
                    break;
                default:
                    throw new BuildException(new Diagnostic(relative, 1, 1,
                        "the configuration file must be a mapping of settings", "write settings as `key: value` lines"));
            }
        }
        ApplyOverrides(raw, options);
        AddDefaultExcludes(raw);
        var destination = Path.GetFullPath(
            options.Destination ?? raw.GetValueOrDefault("destination") as string ?? "_site", workingDir);
        GuardDestination(source, destination);
        return new SiteConfig(source, destination, raw);
    }

    private static IEnumerable<string> ConfigFiles(BuildOptions options, string source, string workingDir)
    {
        if (options.ConfigFiles.Count > 0)
        {
            foreach (var name in options.ConfigFiles)
            {
                var path = Path.GetFullPath(name, workingDir);
                if (!File.Exists(path))
                {
                    throw new BuildException(new Diagnostic(name, 0, 0, "the configuration file does not exist",
                        "check the names given to --config"));
                }
                yield return path;
            }
            yield break;
        }
        foreach (var name in new[] { "_config.yml", "_config.yaml" })
        {
            var path = Path.Combine(source, name);
            if (File.Exists(path))
            {
                yield return path;
                yield break;
            }
        }
    }

    private static void ApplyOverrides(Dictionary<string, object?> raw, BuildOptions options)
    {
        if (options.Drafts)
        {
            raw["show_drafts"] = true;
        }
        if (options.Future)
        {
            raw["future"] = true;
        }
        if (options.Unpublished)
        {
            raw["unpublished"] = true;
        }
        if (options.BaseUrl is not null)
        {
            raw["baseurl"] = options.BaseUrl;
        }
    }

    // Jekyll: Configuration#add_default_excludes appends DEFAULT_EXCLUDES to the site's own list.
    private static void AddDefaultExcludes(Dictionary<string, object?> raw)
    {
        var exclude = raw.GetValueOrDefault("exclude") as List<object?> ?? [];
        var merged = new List<object?>(exclude);
        foreach (var entry in JekyllDefaults.DefaultExcludes)
        {
            if (!merged.Contains(entry))
            {
                merged.Add(entry);
            }
        }
        raw["exclude"] = merged;
    }

    private static void GuardDestination(string source, string destination)
    {
        var src = Path.TrimEndingDirectorySeparator(source) + Path.DirectorySeparatorChar;
        var dest = Path.TrimEndingDirectorySeparator(destination) + Path.DirectorySeparatorChar;
        if (src.StartsWith(dest, StringComparison.Ordinal))
        {
            throw new BuildException(new Diagnostic(destination, 0, 0,
                "the destination folder is the source folder or contains it; building there would delete the site's own files",
                "choose another --destination, such as _site inside the source"));
        }
    }
}
