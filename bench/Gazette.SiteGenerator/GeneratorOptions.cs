using System.Globalization;

namespace Gazette.SiteGenerator;

/// <summary>What to generate: how many posts, where, for which tool, from which seed.</summary>
/// <param name="Posts">Number of posts, at least 1.</param>
/// <param name="OutputDirectory">Site root; created, or replaced if an earlier run of the generator made it.</param>
/// <param name="Flavor">Target tool.</param>
/// <param name="Seed">Random seed; the same seed gives the same bytes.</param>
internal sealed record GeneratorOptions(int Posts, string OutputDirectory, SiteFlavor Flavor, int Seed = GeneratorOptions.DefaultSeed)
{
    /// <summary>The seed used unless <c>--seed</c> is given.</summary>
    public const int DefaultSeed = 20260106;

    /// <summary>Command-line usage.</summary>
    public const string Usage = "usage: Gazette.SiteGenerator --posts N --out DIR --flavor jekyll|hugo|eleventy [--seed S]";

    /// <summary>Parses the command line; on failure returns null and sets <paramref name="error"/>.</summary>
    public static GeneratorOptions? Parse(IReadOnlyList<string> args, out string error)
    {
        int? posts = null;
        int seed = DefaultSeed;
        string? output = null;
        SiteFlavor? flavor = null;
        for (int i = 0; i < args.Count; i++)
        {
            string name = args[i];
            if (i + 1 >= args.Count)
            {
                error = $"{name} needs a value";
                return null;
            }

            string value = args[++i];
            switch (name)
            {
                case "--posts" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0:
                    posts = n;
                    break;
                case "--seed" when int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int s):
                    seed = s;
                    break;
                case "--out":
                    output = value;
                    break;
                case "--flavor" when Enum.TryParse(value, ignoreCase: true, out SiteFlavor f) && Enum.IsDefined(f):
                    flavor = f;
                    break;
                default:
                    error = $"unknown option or bad value: {name} {value}";
                    return null;
            }
        }

        error = (posts, output, flavor) switch
        {
            (null, _, _) => "--posts is required",
            (_, null, _) => "--out is required",
            (_, _, null) => "--flavor is required",
            _ => "",
        };
        return error.Length == 0 ? new GeneratorOptions(posts!.Value, output!, flavor!.Value, seed) : null;
    }
}
