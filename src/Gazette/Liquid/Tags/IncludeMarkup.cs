using System.Text.RegularExpressions;
using Gazette.Liquid.Drops;
using Fluid;
using Fluid.Values;
using Parlot;

namespace Gazette.Liquid.Tags;

/// <summary>
/// The parsed markup of Jekyll's <c>include</c>: a file name (possibly with <c>{{ variables }}</c>) and
/// <c>key=value</c> parameters. Jekyll: <c>Tags::IncludeTag</c> VARIABLE_SYNTAX and VALID_SYNTAX
/// (lib/jekyll/tags/include.rb) — quoted values are literal strings, bare values are variable lookups.
/// </summary>
internal sealed partial class IncludeMarkup
{
    [GeneratedRegex(@"^(?<variable>[^{]*(\{\{\s*[\w\-.]+\s*(\|.*)?\}\}[^\s{}]*)+)(?<params>.*)$", RegexOptions.Singleline)]
    private static partial Regex VariableSyntax();

    [GeneratedRegex(@"([\w-]+)\s*=\s*(?:""([^""\\]*(?:\\.[^""\\]*)*)""|'([^'\\]*(?:\\.[^'\\]*)*)'|([\w.-]+))")]
    private static partial Regex ValidSyntax();

    [GeneratedRegex(@"^\s*(?:([\w-]+)\s*=\s*(?:""([^""\\]*(?:\\.[^""\\]*)*)""|'([^'\\]*(?:\\.[^'\\]*)*)'|([\w.-]+))(?=\s|$)\s*)*$")]
    private static partial Regex FullValidSyntax();

    private IncludeMarkup(string file, bool fileHasVariables, IReadOnlyList<IncludeParameter> parameters, bool relative, int line, string? error)
    {
        File = file;
        FileHasVariables = fileHasVariables;
        Parameters = parameters;
        IsRelative = relative;
        Line = line;
        Error = error;
    }

    public string File { get; }

    public bool FileHasVariables { get; }

    public IReadOnlyList<IncludeParameter> Parameters { get; }

    public bool IsRelative { get; }

    public int Line { get; }

    /// <summary>A syntax problem found while parsing; raised when the tag renders, with the file known.</summary>
    public string? Error { get; }

    public static IncludeMarkup Parse(TextSpan span, bool relative)
    {
        var markup = span.ToString().Trim();
        var line = JekyllLiquidParser.LineOf(span);
        string file;
        string parameters;
        var variable = VariableSyntax().Match(markup);
        if (variable.Success)
        {
            file = variable.Groups["variable"].Value.Trim();
            parameters = variable.Groups["params"].Value.Trim();
        }
        else
        {
            var parts = markup.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries);
            file = parts.Length > 0 ? parts[0] : "";
            parameters = parts.Length > 1 ? parts[1] : "";
        }
        string? error = null;
        if (parameters.Length > 0 && !FullValidSyntax().IsMatch(parameters))
        {
            error = $"Invalid syntax for include tag: {parameters}. Valid syntax: {{% include file.ext param='value' param2='value' %}}";
        }
        var list = new List<IncludeParameter>();
        foreach (Match m in ValidSyntax().Matches(parameters))
        {
            list.Add(m.Groups[2].Success ? new IncludeParameter(m.Groups[1].Value, m.Groups[2].Value.Replace("\\\"", "\"", StringComparison.Ordinal), null)
                : m.Groups[3].Success ? new IncludeParameter(m.Groups[1].Value, m.Groups[3].Value.Replace("\\'", "'", StringComparison.Ordinal), null)
                : new IncludeParameter(m.Groups[1].Value, null, m.Groups[4].Value));
        }
        return new IncludeMarkup(file, variable.Success, list, relative, line, error);
    }

    /// <summary>Evaluates the parameters into the <c>include</c> variable.</summary>
    public async ValueTask<FluidValue> EvaluateParametersAsync(TemplateContext context)
    {
        var values = new Dictionary<string, FluidValue>(StringComparer.Ordinal);
        foreach (var parameter in Parameters)
        {
            values[parameter.Name] = parameter.Literal is not null
                ? new StringValue(parameter.Literal)
                : await VariablePath.EvaluateAsync(parameter.Variable!, context);
        }
        return new DictionaryValue(new FluidValueDictionaryFluidIndexable(values));
    }
}

/// <summary>One <c>key=value</c> of an include: a literal string or a variable path.</summary>
/// <param name="Name">The key.</param>
/// <param name="Literal">The quoted value, or null.</param>
/// <param name="Variable">The variable path (<c>post.title</c>), or null.</param>
internal sealed record IncludeParameter(string Name, string? Literal, string? Variable);
