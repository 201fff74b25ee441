using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;
using Fluid.Values;
using Gazette.Liquid.Ast;
using Gazette.Liquid.Runtime;

namespace Gazette.Liquid.Tags;

/// <summary>
/// Liquid 5's <c>render</c> (lib/liquid/tags/render.rb), Gazette's extension to Jekyll's Liquid 4: renders a
/// file from <c>_includes</c> in an isolated scope — only the globals (<see cref="RenderScope.Globals"/>), the
/// attributes and the <c>with</c>/<c>for</c> value are visible, nothing it assigns leaks out, and
/// <c>include</c> is disabled inside. <c>for</c> renders the file once per item with a <c>forloop</c>.
/// </summary>
internal static class RenderTag
{
    public static async ValueTask<Completion> RenderAsync(RenderMarkup markup, TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        var scope = RenderScope.From(context);
        var line = scope.CurrentFirstLine + markup.Line - 1;
        var template = scope.Engine.Include(Locate(scope, markup.Name, line));
        var variable = markup.Variable is null ? NilValue.Instance : await markup.Variable.EvaluateAsync(context);
        var attributes = new List<KeyValuePair<string, FluidValue>>(markup.Attributes.Count);
        foreach (var (key, expression) in markup.Attributes)
        {
            attributes.Add(new(key, await expression.EvaluateAsync(context)));
        }
        // Liquid 5: `for` loops over anything with each and count (arrays, hashes, ranges); other values render once.
        if (markup.IsForLoop && variable is ArrayValue or DictionaryValue or RubyRangeValue)
        {
            var items = ForNode.Slice(variable, 0, null, context);
            var forloop = new ForloopValue(markup.Name, items.Count, parent: null);
            foreach (var item in items)
            {
                await RenderPartialAsync(template, markup, attributes, item, forloop, writer, encoder, context, scope);
                forloop.Index0++;
            }
        }
        else
        {
            await RenderPartialAsync(template, markup, attributes, variable, null, writer, encoder, context, scope);
        }
        return Completion.Normal;
    }

    private static async ValueTask RenderPartialAsync(LiquidTemplate template, RenderMarkup markup, List<KeyValuePair<string, FluidValue>> attributes,
        FluidValue variable, ForloopValue? forloop, TextWriter writer, TextEncoder encoder, TemplateContext context, RenderScope scope)
    {
        var saved = LiquidState.Isolate(context, scope.Globals);
        var (previousFile, previousLine) = (scope.CurrentFile, scope.CurrentFirstLine);
        try
        {
            var state = LiquidState.Of(context);
            if (forloop is not null)
            {
                state.Assign("forloop", forloop);
            }
            foreach (var (key, value) in attributes)
            {
                state.Assign(key, value);
            }
            if (!variable.IsNil())
            {
                state.Assign(markup.VariableName, variable);
            }
            scope.CurrentFile = template.File;
            scope.CurrentFirstLine = template.FirstLine;
            await scope.RenderPartialAsync(template, writer, encoder, context);
        }
        finally
        {
            LiquidState.Restore(context, saved);
            scope.CurrentFile = previousFile;
            scope.CurrentFirstLine = previousLine;
        }
    }

    // Looked up like Jekyll's include (same folder, same name rules); a name without an extension also finds
    // "name.liquid", the file name Shopify's file systems use for {% render 'name' %}.
    private static string Locate(RenderScope scope, string name, int line)
    {
        IncludeTag.ValidateName(scope, name, "render", line);
        return IncludeTag.TryLocate(scope, name, relative: false)
            ?? (Path.HasExtension(name) ? null : IncludeTag.TryLocate(scope, name + ".liquid", relative: false))
            ?? throw new LiquidException(
                $"Could not locate the rendered file '{name}' in [\"{Path.Combine(scope.Engine.Config.Source, scope.Engine.Config.IncludesDir)}\"]. Ensure it exists in that directory.",
                scope.CurrentFile, line);
    }
}
