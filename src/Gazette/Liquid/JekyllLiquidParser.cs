using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;
using Gazette.Liquid.Ast;
using Gazette.Liquid.Syntax;
using Gazette.Liquid.Tags;
using Parlot;

namespace Gazette.Liquid;

/// <summary>
/// Jekyll's Liquid parser: Liquid 4.0.4's template syntax and tags (<see cref="LiquidParseRun"/>) with Jekyll's
/// tags: <c>include</c> (Jekyll's syntax replaces Liquid's), <c>include_relative</c>, <c>link</c>,
/// <c>post_url</c> and <c>highlight</c>. Liquid 5's tags (<c>echo</c>, <c>liquid</c>, <c>render</c>,
/// <c>{% # %}</c>) are Gazette's extension, on unless <see cref="Liquid5Tags"/> is false (then they are unknown
/// tags, as in Jekyll). It derives from Fluid's parser so that Fluid's API (<c>parser.Parse</c>) keeps working,
/// but its grammar is replaced.
/// </summary>
internal sealed class JekyllLiquidParser : FluidParser
{
    private readonly Dictionary<string, TagParser> _tags = StandardTags.Create();

    /// <summary>
    /// One parser for every engine in Jekyll's default <c>error_mode: warn</c> with the Liquid 5 tags on (a site's
    /// default); parsing is thread-safe.
    /// </summary>
    public static JekyllLiquidParser Shared { get; } = new(ErrorMode.Warn, liquid5Tags: true);

    public JekyllLiquidParser(ErrorMode mode, bool liquid5Tags = true)
        : base(new FluidParserOptions { AllowFunctions = false })
    {
        Mode = mode;
        Liquid5Tags = liquid5Tags;
        if (liquid5Tags)
        {
            Syntax.Liquid5Tags.AddTo(_tags);
        }
        // Fluid's own tags (Liquid 5's echo, render, liquid…) must stay unknown; tags registered later through
        // Fluid's API are still honoured (see FluidTag).
        RegisteredTags.Clear();
        RegisterTag("include", tag => IncludeMarkup.Parse(tag.MarkupSpan, relative: false), IncludeTag.RenderAsync);
        RegisterTag("include_relative", tag => IncludeMarkup.Parse(tag.MarkupSpan, relative: true), IncludeTag.RenderAsync);
        RegisterTag("link", tag => new TagMarkup(tag.Markup.Trim(), tag.Line), LinkTag.RenderAsync);
        RegisterTag("post_url", tag => new TagMarkup(tag.Markup.Trim(), tag.Line), PostUrlTag.RenderAsync);
        RegisterBlock("highlight", tag => new TagMarkup(tag.Markup.Trim(), tag.Line), HighlightTag.RenderAsync);
        Grammar = new LiquidGrammar(this);
    }

    /// <summary>Liquid's <c>error_mode</c> this parser uses.</summary>
    public ErrorMode Mode { get; }

    /// <summary>Whether Liquid 5's <c>echo</c>, <c>render</c>, <c>liquid</c> and <c>{% # %}</c> are accepted.</summary>
    public bool Liquid5Tags { get; }

    /// <summary>Adds a tag: <paramref name="parse"/> reads its markup once, <paramref name="render"/> writes it.</summary>
    public void RegisterTag<T>(string name, Func<LiquidTagContext, T> parse, Func<T, TextWriter, TextEncoder, TemplateContext, ValueTask<Completion>> render) =>
        _tags[name] = tag => new LiquidNode(new CallbackTagNode<T>(parse(tag), render));

    /// <summary>Adds a block tag (<c>{% name %}…{% endname %}</c>); its body is parsed as Liquid and handed to <paramref name="render"/>.</summary>
    public void RegisterBlock<T>(string name, Func<LiquidTagContext, T> parse,
        Func<T, IReadOnlyList<Statement>, TextWriter, TextEncoder, TemplateContext, ValueTask<Completion>> render) =>
        _tags[name] = tag =>
        {
            var value = parse(tag);
            var body = new BlockBody();
            var blank = true;
            while (tag.Run.ParseBlockBody(body, tag.Name, null, ref blank))
            {
            }
            return new LiquidNode(new CallbackBlockNode<T>(value, body.ToArray(), render), IsBlock: true);
        };

    private TagParser? FindTag(string name) =>
        _tags.TryGetValue(name, out var parser) ? parser
        : RegisteredTags.TryGetValue(name, out var fluid) ? tag => FluidTag(fluid, tag)
        : null;

    // A tag registered with Fluid's RegisterParserTag/RegisterParserBlock: its Parlot parser reads from the markup
    // through the closing %} (and, for a block, its body and end tag, with Fluid's grammar inside).
    private static LiquidNode FluidTag(Parlot.Fluent.Parser<Statement> parser, LiquidTagContext tag)
    {
        var context = new Fluid.Parser.FluidParseContext(tag.Run.Source);
        context.Scanner.Cursor.ResetPosition(new TextPosition(tag.MarkupOffset, tag.Line, 1));
        var result = new Parlot.ParseResult<Statement>();
        if (!parser.Parse(context, ref result))
        {
            throw new LiquidSyntaxException($"Invalid syntax for tag '{tag.Name}'");
        }
        tag.Run.SkipTo(context.Scanner.Cursor.Offset);
        return new LiquidNode(result.Value);
    }

    /// <summary>Parses a template; a syntax error raises <see cref="LiquidSyntaxException"/> with its line.</summary>
    public LiquidDocument ParseDocument(string source)
    {
        var run = new LiquidParseRun(source, FindTag, Mode, Liquid5Tags);
        try
        {
            return new LiquidDocument(new DocumentNode(run.ParseDocument()), run.Warnings);
        }
        catch (LiquidSyntaxException e) when (e.Line == 0)
        {
            throw new LiquidSyntaxException(e.Message, run.CurrentLine, run.CurrentColumn);
        }
        catch (LiquidException e)
        {
            throw new LiquidSyntaxException(e.Message, run.CurrentLine, run.CurrentColumn);
        }
    }

    /// <summary>Parses a template, or returns false with the error (Fluid's <c>TryParse</c>, with Liquid 4's grammar).</summary>
    public bool TryParse(string source, out IFluidTemplate? template, out string? error)
    {
        try
        {
            template = ParseDocument(source);
            error = null;
            return true;
        }
        catch (LiquidSyntaxException e)
        {
            template = null;
            error = $"{e.Message} (line {e.Line})";
            return false;
        }
    }

    /// <summary>The 1-based line of a span within its template.</summary>
    public static int LineOf(TextSpan span)
    {
        var line = 1;
        var buffer = span.Buffer.AsSpan(0, Math.Min(span.Offset, span.Buffer?.Length ?? 0));
        foreach (var c in buffer)
        {
            if (c == '\n')
            {
                line++;
            }
        }
        return line;
    }
}
