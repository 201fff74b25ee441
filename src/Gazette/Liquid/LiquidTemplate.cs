using Fluid;

namespace Gazette.Liquid;

/// <summary>A parsed template and where it came from, for error messages.</summary>
/// <param name="Template">The parsed Fluid template, safe to render from several threads.</param>
/// <param name="File">The source file, relative to the site.</param>
/// <param name="FirstLine">The file line where the template text starts (after front matter).</param>
internal sealed record LiquidTemplate(IFluidTemplate Template, string File, int FirstLine);
