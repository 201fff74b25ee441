using System.Text.Encodings.Web;
using Fluid;
using Gazette.Liquid.Ast;
using Gazette.Liquid.Syntax;

namespace Gazette.Liquid;

/// <summary>A template parsed with Liquid 4's rules: renders its <see cref="DocumentNode"/>, thread-safe.</summary>
internal sealed class LiquidDocument : IFluidTemplate
{
    public LiquidDocument(DocumentNode root, IReadOnlyList<LiquidWarning> warnings)
    {
        Root = root;
        Warnings = warnings;
    }

    public DocumentNode Root { get; }

    /// <summary>Strict-mode errors that warn mode recovered from (Jekyll prints them as "Liquid Warning").</summary>
    public IReadOnlyList<LiquidWarning> Warnings { get; }

    public async ValueTask RenderAsync(TextWriter writer, TextEncoder encoder, TemplateContext context) =>
        await Root.WriteToAsync(writer, encoder, context);
}
