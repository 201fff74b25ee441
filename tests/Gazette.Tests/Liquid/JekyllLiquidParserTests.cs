using Fluid;
using Fluid.Ast;
using Gazette.Liquid;
using Gazette.Liquid.Syntax;

namespace Gazette.Tests.Liquid;

/// <summary>Tag registration on Jekyll's Liquid parser: Gazette's API and Fluid's.</summary>
public sealed class JekyllLiquidParserTests
{
    private static string Render(JekyllLiquidParser parser, string source)
    {
        var template = parser.ParseDocument(source);
        return template.Render(new TemplateContext(new TemplateOptions()));
    }

    [Fact]
    public void Liquid_5_tags_are_unknown_when_the_extension_is_off()
    {
        var parser = new JekyllLiquidParser(ErrorMode.Warn, liquid5Tags: false);
        Assert.Throws<LiquidSyntaxException>(() => parser.ParseDocument("{% echo 'x' %}"));
        Assert.Throws<LiquidSyntaxException>(() => parser.ParseDocument("{% render 'x' %}"));
        Assert.Throws<LiquidSyntaxException>(() => parser.ParseDocument("{% # note %}"));
        Assert.Throws<LiquidSyntaxException>(() => parser.ParseDocument("{% liquid echo 'x' %}"));
        Assert.Equal("x", Render(new JekyllLiquidParser(ErrorMode.Warn), "{% liquid echo 'x' %}"));
    }

    [Fact]
    public void A_block_registered_with_Gazettes_API_gets_its_body_parsed_as_Liquid()
    {
        var parser = new JekyllLiquidParser(ErrorMode.Warn);
        parser.RegisterBlock("shout", tag => tag.Markup.Trim(), async (name, body, writer, encoder, context) =>
        {
            using var inner = new StringWriter();
            await body.RenderStatementsAsync(inner, encoder, context);
            await writer.WriteAsync(name + ":" + inner.ToString().ToUpperInvariant());
            return Completion.Normal;
        });
        Assert.Equal("a-x:B1C-d", Render(parser, "a-{% shout x %}b{{ 1 }}{% if true %}c{% endif %}{% endshout %}-d"));
    }

    [Fact]
    public void Tags_registered_through_Fluids_API_still_work()
    {
        var parser = new JekyllLiquidParser(ErrorMode.Warn);
        parser.RegisterIdentifierTag("hello", (name, writer, _, _) =>
        {
            writer.Write("Hello " + name);
            return Statement.Normal();
        });
        parser.RegisterEmptyBlock("twice", async (body, writer, encoder, context) =>
        {
            await body.RenderStatementsAsync(writer, encoder, context);
            await body.RenderStatementsAsync(writer, encoder, context);
            return Completion.Normal;
        });
        Assert.Equal("<Hello you> xx!", Render(parser, "<{% hello you %}> {% twice %}x{% endtwice %}!"));
    }

    [Fact]
    public void Fluids_parse_entry_point_uses_the_Liquid_4_grammar()
    {
        FluidParser parser = new JekyllLiquidParser(ErrorMode.Warn);
        var template = parser.Parse("{% assign a = 1.0 | times: 3 %}{{ a }}{% break %}after");
        Assert.Equal("3.0", template.Render(new TemplateContext(new TemplateOptions())));
        Assert.False(parser.TryParse("{% no_such_tag 'x' %}", out _, out var error));
        Assert.Contains("Unknown tag 'no_such_tag'", error, StringComparison.Ordinal);
    }
}
