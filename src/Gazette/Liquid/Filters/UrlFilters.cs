using System.Text;
using System.Text.RegularExpressions;
using Fluid;
using Fluid.Values;

namespace Gazette.Liquid.Filters;

/// <summary>Jekyll: <c>Filters::URLFilters</c> (lib/jekyll/filters/url_filters.rb).</summary>
internal static partial class UrlFilters
{
    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.\-]*:")]
    private static partial Regex Scheme();

    [GeneratedRegex(@"/index\.html?$")]
    private static partial Regex IndexSuffix();

    public static FilterCollection WithUrlFilters(this FilterCollection filters)
    {
        return filters
            .Add("relative_url", 0, 0, RelativeUrl)
            .Add("absolute_url", 0, 0, AbsoluteUrl)
            .Add("strip_index", 0, 0, StripIndex);
    }

    private static ValueTask<FluidValue> RelativeUrl(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (input.IsNil())
        {
            return NilValue.Instance;
        }
        return new StringValue(RelativeUrl(UrlOf(input), RenderScope.From(context).Engine.Config.BaseUrl));
    }

    private static ValueTask<FluidValue> AbsoluteUrl(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (input.IsNil())
        {
            return NilValue.Instance;
        }
        var config = RenderScope.From(context).Engine.Config;
        var text = UrlOf(input);
        if (Scheme().IsMatch(text))
        {
            return new StringValue(text);
        }
        var relative = RelativeUrl(text, config.BaseUrl);
        return new StringValue(config.Url.Length == 0 ? relative : Normalize(config.Url + relative));
    }

    private static ValueTask<FluidValue> StripIndex(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var text = input.ToStringValue();
        return input.IsNil() || text.Length == 0 ? NilValue.Instance : new StringValue(IndexSuffix().Replace(text, "/", 1));
    }

    /// <summary>Jekyll: <c>compute_relative_url</c> — baseurl and path joined with leading slashes, normalised.</summary>
    public static string RelativeUrl(string input, string baseUrl)
    {
        if (Scheme().IsMatch(input))
        {
            return input;
        }
        return Normalize(LeadingSlash(baseUrl.TrimEnd('/')) + LeadingSlash(input));
    }

    private static string UrlOf(FluidValue input) => input is Drops.DocumentDrop drop ? drop.Document.Url : input.ToStringValue();

    private static string LeadingSlash(string text) => text.Length == 0 || text.StartsWith('/') ? text : "/" + text;

    // Addressable::URI#normalize percent-encodes what may not stand in a URL (spaces, non-ASCII).
    private static string Normalize(string url)
    {
        var needs = false;
        foreach (var c in url)
        {
            if (c > 126 || c <= 32 || c is '"' or '<' or '>' or '\\' or '^' or '`' or '{' or '|' or '}')
            {
                needs = true;
                break;
            }
        }
        if (!needs)
        {
            return url;
        }
        var sb = new StringBuilder(url.Length + 16);
        foreach (var b in Encoding.UTF8.GetBytes(url))
        {
            if (b > 126 || b <= 32 || b is (byte)'"' or (byte)'<' or (byte)'>' or (byte)'\\' or (byte)'^' or (byte)'`' or (byte)'{' or (byte)'|' or (byte)'}')
            {
                sb.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append((char)b);
            }
        }
        return sb.ToString();
    }
}
