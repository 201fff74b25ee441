using Gazette.Configuration;
using Gazette.Dates;
using Gazette.Diagnostics;

namespace Gazette.Model;

/// <summary>
/// Gives documents, pages and static files their URL, output extension and destination, as Jekyll's
/// <c>Document#url</c>, <c>Page#url</c>, <c>StaticFile#url</c> and their <c>destination</c> methods do.
/// </summary>
internal sealed class PermalinkBuilder
{
    private readonly SiteConfig _config;

    public PermalinkBuilder(SiteConfig config) => _config = config;

    /// <summary>Sets <see cref="Document.Url"/>, <see cref="Document.OutputExtension"/> and <see cref="Document.DestinationPath"/>.</summary>
    public void Assign(Document doc)
    {
        var permalink = doc.Data.GetValueOrDefault("permalink") as string;
        doc.IsMarkdown = _config.MarkdownExtensions.Contains(doc.Extension.ToLowerInvariant());
        doc.OutputExtension = OutputExtension(doc, permalink);
        string url;
        if (doc.Kind == DocumentKind.Page)
        {
            url = permalink is null ? PageUrl(doc) : Expand(doc, permalink, PagePlaceholder(doc));
        }
        else
        {
            var template = permalink ?? doc.Collection!.Permalink ?? WithStyleSuffix("/:collection/:path");
            url = Expand(doc, template, DocumentPlaceholder(doc));
        }
        doc.Url = UrlTemplate.Sanitize(url);
        doc.DestinationPath = Destination(doc);
    }

    /// <summary>The URL of a static file. Jekyll: <c>StaticFile#url</c>.</summary>
    public string StaticFileUrl(string relativePath, CollectionConfig? collection)
    {
        var extension = Path.GetExtension(relativePath);
        var cleaned = relativePath[..^extension.Length].TrimEnd('.');
        if (collection is null)
        {
            return UrlTemplate.Sanitize(cleaned + extension);
        }
        var path = CollectionPath(cleaned, collection.Label);
        var name = Path.GetFileNameWithoutExtension(relativePath);
        var template = collection.Permalink ?? WithStyleSuffix("/:collection/:path");
        var url = UrlTemplate.Expand(template, key => key switch
        {
            "collection" => (true, collection.Label),
            "path" => (true, path),
            "output_ext" => (true, ""),
            "name" => (true, name),
            "title" => (true, ""),
            _ => (false, null),
        }, out _);
        return UrlTemplate.Sanitize(url).TrimEnd('/') + extension;
    }

    // Jekyll: Utils.add_permalink_suffix — the site's permalink style decides the ending of default templates.
    private string WithStyleSuffix(string template) => _config.PermalinkStyle switch
    {
        "pretty" => template + "/",
        "date" or "ordinal" or "none" => template + ":output_ext",
        var style => template + (style.EndsWith('/') ? "/" : "") + (style.EndsWith(":output_ext", StringComparison.Ordinal) ? ":output_ext" : ""),
    };

    // Jekyll: Renderer#output_ext — an extension in the front matter permalink wins over the converter's.
    private static string OutputExtension(Document doc, string? permalink)
    {
        if (permalink is not null && !permalink.EndsWith('/'))
        {
            var ext = Path.GetExtension(permalink);
            if (ext.Length > 0)
            {
                return ext;
            }
        }
        return doc.IsMarkdown ? ".html" : doc.Extension;
    }

    // Jekyll: Page#template.
    private string PageUrl(Document doc)
    {
        var template = !doc.IsHtml ? "/:path/:basename:output_ext"
            : doc.BasenameWithoutExtension == "index" ? "/:path/"
            : WithStyleSuffix("/:path/:basename");
        var dir = doc.RelativePath.Contains('/') ? doc.RelativePath[..doc.RelativePath.LastIndexOf('/')] : "";
        return UrlTemplate.ExpandHash(template, [("path", dir), ("basename", doc.BasenameWithoutExtension.TrimEnd('.')), ("output_ext", doc.OutputExtension)]);
    }

    private static Func<string, (bool, string?)> PagePlaceholder(Document doc)
    {
        var dir = doc.RelativePath.Contains('/') ? doc.RelativePath[..doc.RelativePath.LastIndexOf('/')] : "";
        return key => key switch
        {
            "path" => (true, dir),
            "basename" => (true, doc.BasenameWithoutExtension.TrimEnd('.')),
            "output_ext" => (true, doc.OutputExtension),
            _ => (false, null),
        };
    }

    private static string Expand(Document doc, string template, Func<string, (bool, string?)> placeholders)
    {
        var url = UrlTemplate.Expand(template, placeholders, out var unknown);
        if (unknown is not null)
        {
            throw new BuildException(new Diagnostic(doc.RelativePath, 0, 0,
                $"the permalink template '{template}' uses the unknown placeholder ':{unknown}'",
                "use Jekyll's placeholders such as :year, :month, :day, :title, :slug, :categories, :path, :output_ext"));
        }
        return url;
    }

    // Jekyll: Drops::UrlDrop.
    private static Func<string, (bool, string?)> DocumentPlaceholder(Document doc)
    {
        var date = doc.Date;
        string Time(string format) => RubyStrftime.Format(date, format);
        return key => key switch
        {
            "collection" => (true, doc.Collection!.Label),
            "path" => (true, CollectionPath(doc.RelativePath[..^doc.Extension.Length].TrimEnd('.'), doc.Collection!.Label)),
            "name" => (true, Slugifier.Slugify(doc.BasenameWithoutExtension)),
            "title" => (true, Slugifier.Slugify(SlugSource(doc), "pretty", cased: true)),
            "slug" => (true, Slugifier.Slugify(SlugSource(doc))),
            "categories" => (true, string.Join('/', doc.Categories.Select(c => c.ToLowerInvariant()).Distinct())),
            "slugified_categories" => (true, string.Join('/', doc.Categories.Select(c => Slugifier.Slugify(c)).Distinct())),
            "output_ext" => (true, doc.OutputExtension),
            "year" => (true, Time("%Y")),
            "month" => (true, Time("%m")),
            "day" => (true, Time("%d")),
            "hour" => (true, Time("%H")),
            "minute" => (true, Time("%M")),
            "second" => (true, Time("%S")),
            "i_day" => (true, Time("%-d")),
            "i_month" => (true, Time("%-m")),
            "short_month" => (true, Time("%b")),
            "long_month" => (true, Time("%B")),
            "short_year" => (true, Time("%y")),
            "w_year" => (true, Time("%G")),
            "week" => (true, Time("%V")),
            "w_day" => (true, Time("%u")),
            "short_day" => (true, Time("%a")),
            "long_day" => (true, Time("%A")),
            "y_day" => (true, Time("%j")),
            _ => (false, null),
        };
    }

    private static string SlugSource(Document doc) => doc.Data.GetValueOrDefault("slug")?.ToString() ?? doc.BasenameWithoutExtension;

    // Jekyll: cleaned_relative_path removes the first occurrence of the collection's folder name.
    private static string CollectionPath(string pathWithoutExtension, string label)
    {
        var folder = "_" + label;
        var index = pathWithoutExtension.IndexOf(folder, StringComparison.Ordinal);
        return index < 0 ? pathWithoutExtension : pathWithoutExtension.Remove(index, folder.Length);
    }

    // Jekyll: Document#destination / Page#destination.
    private static string Destination(Document doc)
    {
        var path = UrlTemplate.Unescape(doc.Url);
        if (path.EndsWith('/'))
        {
            path += doc.Kind == DocumentKind.Page ? "index" + doc.OutputExtension : "index.html";
        }
        else if (!path.EndsWith(doc.OutputExtension, StringComparison.Ordinal))
        {
            path += doc.OutputExtension;
        }
        return path.TrimStart('/');
    }
}
