namespace Gazette.Pipeline;

/// <summary>What the user asked for on the command line (<c>gazette build</c>'s options).</summary>
public sealed record BuildOptions
{
    /// <summary>The site's folder (Jekyll's <c>--source</c>); the current folder when null.</summary>
    public string? Source { get; init; }

    /// <summary>The output folder (<c>--destination</c>); <c>./_site</c> when null, as in Jekyll.</summary>
    public string? Destination { get; init; }

    /// <summary>Config files to merge in order (<c>--config a.yml,b.yml</c>); <c>_config.yml</c> when empty.</summary>
    public IReadOnlyList<string> ConfigFiles { get; init; } = [];

    /// <summary>Render posts in <c>_drafts</c>.</summary>
    public bool Drafts { get; init; }

    /// <summary>Publish posts dated in the future.</summary>
    public bool Future { get; init; }

    /// <summary>Render documents marked <c>published: false</c>.</summary>
    public bool Unpublished { get; init; }

    /// <summary>Overrides <c>baseurl</c>.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>The build's clock ("now", for <c>site.time</c> and future posts); the system clock when null.</summary>
    public DateTimeOffset? Now { get; init; }

    /// <summary>Collect per-stage and per-template timings (<c>--profile</c>) into <see cref="BuildResult.Profile"/>.</summary>
    public bool Profile { get; init; }
}
