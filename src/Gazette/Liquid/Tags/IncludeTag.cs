using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;
using Gazette.Liquid.Runtime;

namespace Gazette.Liquid.Tags;

/// <summary>
/// Jekyll's <c>include</c> and <c>include_relative</c> (lib/jekyll/tags/include.rb): renders a file from
/// <c>_includes</c> (or relative to the page) with the parameters in <c>include.*</c>, in the caller's context.
/// </summary>
internal static class IncludeTag
{
    public static async ValueTask<Completion> RenderAsync(IncludeMarkup markup, TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        var scope = RenderScope.From(context);
        var tagName = markup.IsRelative ? "include_relative" : "include";
        if (markup.Error is not null)
        {
            throw new LiquidException(markup.Error, scope.CurrentFile, scope.CurrentFirstLine + markup.Line - 1);
        }
        if (!markup.IsRelative && LiquidState.Of(context).InRender)
        {
            // Liquid 5: the render tag disables include inside the partials it renders (Render.disable_tags).
            throw new LiquidException("include usage is not allowed in this context", scope.CurrentFile, scope.CurrentFirstLine + markup.Line - 1);
        }
        var file = markup.FileHasVariables
            ? (await scope.Engine.Fragment(markup.File).RenderAsync(context)).Trim()
            : markup.File;
        var relativePath = Locate(scope, markup, file, tagName);
        var template = scope.Engine.Include(relativePath);

        // Liquid 4 assigns to the outermost scope, so variables assigned inside an include stay visible to the
        // page after it; only `include` itself is scoped to the include.
        var (previousFile, previousLine) = (scope.CurrentFile, scope.CurrentFirstLine);
        var previousInclude = context.GetValue("include");
        // Jekyll: the include renders inside context.stack, whose scope limit stops runaway recursion
        // ("Nesting too deep") instead of overflowing the stack.
        var state = LiquidState.Of(context);
        state.Push();
        try
        {
            if (markup.Parameters.Count > 0)
            {
                context.SetValue("include", await markup.EvaluateParametersAsync(context));
            }
            scope.CurrentFile = template.File;
            scope.CurrentFirstLine = template.FirstLine;
            await scope.RenderPartialAsync(template, writer, encoder, context);
        }
        finally
        {
            state.Pop();
            context.SetValue("include", previousInclude);
            scope.CurrentFile = previousFile;
            scope.CurrentFirstLine = previousLine;
        }
        return Completion.Normal;
    }

    // Jekyll: IncludeTag#validate_file_name and #locate_include_file — names with ".." or odd characters are
    // refused, and the file must exist inside the includes folder (or next to the page for include_relative);
    // the message is could_not_locate_message's (safe: false).
    private static string Locate(RenderScope scope, IncludeMarkup markup, string file, string tagName)
    {
        var line = scope.CurrentFirstLine + markup.Line - 1;
        ValidateName(scope, file, tagName, line);
        return TryLocate(scope, file, markup.IsRelative)
            ?? throw new LiquidException(
                $"Could not locate the included file '{file}' in any of [\"{Path.Combine(scope.Engine.Config.Source, Folder(scope, markup.IsRelative))}\"]. Ensure it exists in one of those directories and, if it is a symlink, does not point outside your site source.",
                scope.CurrentFile, line);
    }

    /// <summary>Jekyll: <c>IncludeTag#validate_file_name</c> — no "..", "./" or leading "/".</summary>
    public static void ValidateName(RenderScope scope, string file, string tagName, int line)
    {
        if (file.Contains("..", StringComparison.Ordinal) || file.StartsWith('/') || file.Contains("./", StringComparison.Ordinal))
        {
            throw new LiquidException($"Invalid syntax for {tagName} tag. File contains invalid characters or sequences: {file}", scope.CurrentFile, line);
        }
    }

    /// <summary>The file's path relative to the site when it exists inside the includes folder (or the page's folder), else null.</summary>
    public static string? TryLocate(RenderScope scope, string file, bool relative)
    {
        var folder = Folder(scope, relative);
        var path = folder.Length == 0 ? file : folder + "/" + file;
        var full = Path.GetFullPath(Path.Combine(scope.Engine.Config.Source, path));
        return full.StartsWith(scope.Engine.Config.Source, StringComparison.Ordinal) && scope.Engine.SourceFileExists(full) ? path : null;
    }

    /// <summary>The folder an include is looked up in: the includes folder, or the page's own for include_relative.</summary>
    public static string Folder(RenderScope scope, bool relative)
    {
        if (!relative)
        {
            return scope.Engine.Config.IncludesDir;
        }
        var pagePath = scope.Page?.RelativePath ?? "";
        return pagePath.Contains('/') ? pagePath[..pagePath.LastIndexOf('/')] : "";
    }
}
