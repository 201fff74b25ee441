using Fluid.Ast;
using Gazette.Liquid.Ast;

namespace Gazette.Liquid.Syntax;

/// <summary>
/// One parse of one template, as Liquid 4.0.4 does it (lib/liquid/tokenizer.rb, block_body.rb, block.rb,
/// document.rb): the template is split into text, <c>{% tag %}</c> and <c>{{ variable }}</c> tokens; tags
/// that are registered parse themselves (blocks parse their bodies through this class); an unknown tag ends the
/// current body and is handed to the enclosing block, which accepts it (<c>else</c>, <c>when</c>…) or raises.
/// With <see cref="Liquid5Tags"/>, Liquid 5's <c>{% liquid %}</c> tag (one tag per line) and <c>#</c> as a tag
/// name are understood as well (Gazette's extension; see <see cref="Liquid5Tags"/>).
/// </summary>
internal sealed class LiquidParseRun
{
    private const int MaxDepth = 100;

    private readonly Func<string, TagParser?> _tags;
    private readonly List<LiquidToken> _tokens = [];
    private readonly int[] _lineStarts;
    private readonly LiquidParseRun? _root;
    private readonly bool _forLiquidTag;
    private int _position;
    private int _depth;
    private bool _trimWhitespace;
    private int _currentLine = 1;
    private int _currentColumn = 1;

    public LiquidParseRun(string source, Func<string, TagParser?> tags, ErrorMode mode, bool liquid5Tags = false)
    {
        Source = source;
        _tags = tags;
        Mode = mode;
        Liquid5Tags = liquid5Tags;
        Warnings = [];
        var last = 0;
        foreach (System.Text.RegularExpressions.Match match in LiquidRegex.TemplateParser().Matches(source))
        {
            if (match.Index > last)
            {
                _tokens.Add(new LiquidToken(source[last..match.Index], last));
            }
            _tokens.Add(new LiquidToken(match.Value, match.Index));
            last = match.Index + match.Length;
        }
        if (last < source.Length)
        {
            _tokens.Add(new LiquidToken(source[last..], last));
        }
        var starts = new List<int> { 0 };
        for (var i = 0; i < source.Length; i++)
        {
            if (source[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }
        _lineStarts = [.. starts];
    }

    // Liquid 5: the markup of a {% liquid %} tag is tokenized by lines (Tokenizer with for_liquid_tag), each line
    // one tag; the lines keep their offsets in the template, so lines and errors point into the file.
    private LiquidParseRun(LiquidParseRun parent, string markup, int markupOffset)
    {
        _root = parent._root ?? parent;
        Source = parent.Source;
        _tags = parent._tags;
        Mode = parent.Mode;
        Liquid5Tags = true;
        Warnings = parent.Warnings;
        _lineStarts = parent._lineStarts;
        _depth = parent._depth;
        _forLiquidTag = true;
        var start = 0;
        while (start <= markup.Length)
        {
            var end = markup.IndexOf('\n', start);
            end = end < 0 ? markup.Length : end;
            _tokens.Add(new LiquidToken(markup[start..end], markupOffset + start));
            start = end + 1;
        }
    }

    public string Source { get; }

    public ErrorMode Mode { get; }

    /// <summary>Whether Liquid 5's <c>liquid</c> tag and <c>{% # comment %}</c> are recognised (Gazette's extension).</summary>
    public bool Liquid5Tags { get; }

    /// <summary>Strict-parse errors that warn mode recovered from (Jekyll logs them as "Liquid Warning").</summary>
    public List<LiquidWarning> Warnings { get; }

    /// <summary>The line of the token being parsed, for error messages.</summary>
    public int CurrentLine => _root?._currentLine ?? _currentLine;

    public int LineOf(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, offset);
        return index >= 0 ? index + 1 : ~index;
    }

    /// <summary>The 1-based column of an offset in its line.</summary>
    public int ColumnOf(int offset) => offset - _lineStarts[LineOf(offset) - 1] + 1;

    /// <summary>The column of the token being parsed, for error messages.</summary>
    public int CurrentColumn => _root?._currentColumn ?? _currentColumn;

    // The token being parsed; a liquid tag's lines report to the template's run.
    private void SetCurrent(int offset)
    {
        var run = _root ?? this;
        run._currentLine = LineOf(offset);
        run._currentColumn = ColumnOf(offset);
    }

    /// <summary>The next raw token (for <c>raw</c>, which reads tokens without parsing them), or null at the end.</summary>
    public LiquidToken? NextToken() => _position < _tokens.Count ? _tokens[_position++] : null;

    /// <summary>Whether the next text is left-stripped (a tag that reads its own tokens ended with <c>-%}</c>).</summary>
    public void TrimNextText(bool trim) => _trimWhitespace = trim;

    /// <summary>Skips the tokens before <paramref name="offset"/> (text a tag parsed by other means has consumed).</summary>
    public void SkipTo(int offset)
    {
        while (_position < _tokens.Count && _tokens[_position].Offset < offset)
        {
            _position++;
        }
    }

    /// <summary>
    /// Liquid: <c>ParserSwitching#parse_with_selected_parser</c>. A warning quotes <paramref name="markupContext"/>
    /// (Liquid's <c>markup_context</c>), the stripped markup unless given.
    /// </summary>
    public T Switch<T>(string markup, Func<string, T> strict, Func<string, T> lax, string? markupContext = null)
    {
        switch (Mode)
        {
            case ErrorMode.Strict:
                return strict(markup);
            case ErrorMode.Lax:
                return lax(markup);
            default:
                try
                {
                    return strict(markup);
                }
                catch (LiquidSyntaxException e)
                {
                    Warnings.Add(new LiquidWarning(CurrentLine,
                        $"Liquid syntax error (line {CurrentLine}): {e.Message} in \"{markupContext ?? Runtime.RubyString.Strip(markup)}\""));
                    return lax(markup);
                }
        }
    }

    /// <summary>Liquid: <c>Document.parse</c> — the whole template; a stray end or else tag is an error.</summary>
    public Statement[] ParseDocument()
    {
        var body = new BlockBody();
        var (tag, _) = ParseBody(body);
        if (tag is not null)
        {
            throw new LiquidSyntaxException(tag is "else" or "end" ? $"Unexpected outer '{tag}' tag" : $"Unknown tag '{tag}'");
        }
        return body.ToArray();
    }

    /// <summary>
    /// Liquid: <c>Block#parse_body</c>. Parses into <paramref name="body"/> until a tag this parse does not know.
    /// Returns false at <c>end{blockName}</c>; for any other tag calls <paramref name="unknownTag"/> (which raises
    /// unless the block accepts the tag) and returns true so the block can go on with the next body.
    /// </summary>
    public bool ParseBlockBody(BlockBody body, string blockName, Action<string, string>? unknownTag, ref bool blank)
    {
        if (_depth >= MaxDepth)
        {
            throw new LiquidSyntaxException("Nesting too deep");
        }
        _depth++;
        try
        {
            var (tag, markup) = ParseBody(body);
            blank &= body.Blank;
            if (tag == "end" + blockName)
            {
                return false;
            }
            if (tag is null)
            {
                throw new LiquidSyntaxException($"'{blockName}' tag was never closed");
            }
            (unknownTag ?? ((t, _) => UnknownTag(t, blockName)))(tag, markup!);
            return true;
        }
        finally
        {
            _depth--;
        }
    }

    /// <summary>Liquid: <c>Block#unknown_tag</c> — the error for a tag the block does not accept.</summary>
    public static void UnknownTag(string tag, string blockName)
    {
        if (tag == "else")
        {
            throw new LiquidSyntaxException($"{blockName} tag does not expect 'else' tag");
        }
        if (tag.StartsWith("end", StringComparison.Ordinal))
        {
            throw new LiquidSyntaxException($"'{tag}' is not a valid delimiter for {blockName} tags. use end{blockName}");
        }
        throw new LiquidSyntaxException($"Unknown tag '{tag}'");
    }

    // Liquid: BlockBody#parse.
    private (string? Tag, string? Markup) ParseBody(BlockBody body)
    {
        if (_forLiquidTag)
        {
            return ParseLiquidTagLines(body);
        }
        while (_position < _tokens.Count)
        {
            var token = _tokens[_position++];
            var text = token.Text;
            SetCurrent(token.Offset);
            if (text.Length == 0)
            {
                continue;
            }
            if (text.StartsWith("{%", StringComparison.Ordinal))
            {
                HandleWhitespace(text, body);
                var match = (Liquid5Tags ? LiquidRegex.FullToken5() : LiquidRegex.FullToken()).Match(text);
                if (!match.Success)
                {
                    throw new LiquidSyntaxException($"Tag '{text}' was not properly terminated with regexp: /\\%\\}}/");
                }
                var name = match.Groups[1].Value;
                var markup = match.Groups[2].Value;
                if (!AddTag(body, name, markup, token, token.Offset, token.Offset + match.Groups[2].Index))
                {
                    return (name, markup);
                }
            }
            else if (text.StartsWith("{{", StringComparison.Ordinal))
            {
                HandleWhitespace(text, body);
                var match = LiquidRegex.ContentOfVariable().Match(text);
                if (!match.Success)
                {
                    throw new LiquidSyntaxException($"Variable '{text}' was not properly terminated with regexp: /\\}}\\}}/");
                }
                body.Add(new LineNode(new OutputNode(VariableSyntax.Parse(match.Groups[1].Value, this)), CurrentLine, ColumnOf(token.Offset)));
                body.Blank = false;
            }
            else
            {
                if (_trimWhitespace)
                {
                    text = Runtime.RubyString.LStrip(text);
                }
                _trimWhitespace = false;
                body.Add(new TextNode(text));
                body.Blank &= LiquidRegex.WhitespaceOrNothing().IsMatch(text);
            }
        }
        return (null, null);
    }

    // Parses one tag into the body; false when the tag is not registered (the caller decides what it means).
    // The tag starts at tagOffset: its "{%", or its name on a line of a liquid tag.
    private bool AddTag(BlockBody body, string name, string markup, LiquidToken token, int tagOffset, int markupOffset)
    {
        if (Liquid5Tags && name == "liquid")
        {
            ParseLiquidTag(body, markup, markupOffset);
            return true;
        }
        if (_tags(name) is not { } parser)
        {
            return false;
        }
        var (line, column) = (LineOf(tagOffset), ColumnOf(tagOffset));
        var node = parser(new LiquidTagContext(name, markup, token, markupOffset, this));
        body.Blank &= node.Blank;
        body.Add(new LineNode(node.Blank && node.IsBlock ? new SilentNode(node.Statement) : node.Statement, line, column));
        return true;
    }

    // Liquid 5: BlockBody#parse_liquid_tag — the tags go straight into the current body; a tag the lines leave
    // unconsumed (an unknown tag, a stray end tag, a line that is not a tag) is an error.
    private void ParseLiquidTag(BlockBody body, string markup, int markupOffset)
    {
        var run = new LiquidParseRun(this, markup, markupOffset);
        var (tag, _) = run.ParseBody(body);
        if (tag is null)
        {
            return;
        }
        if (tag == "else")
        {
            throw new LiquidSyntaxException("liquid tag does not expect 'else' tag");
        }
        throw new LiquidSyntaxException(tag.StartsWith("end", StringComparison.Ordinal)
            ? $"'{tag}' is not a valid delimiter for liquid tags. use %}}"
            : $"Unknown tag '{tag}'");
    }

    // Liquid 5: BlockBody#parse_for_liquid_tag — blank lines are skipped; a line that is not "name markup" ends
    // the body as if it were an unknown tag.
    private (string? Tag, string? Markup) ParseLiquidTagLines(BlockBody body)
    {
        while (_position < _tokens.Count)
        {
            var token = _tokens[_position++];
            SetCurrent(token.Offset);
            if (LiquidRegex.WhitespaceOrNothing().IsMatch(token.Text))
            {
                continue;
            }
            var match = LiquidRegex.LiquidTagToken().Match(token.Text);
            if (!match.Success)
            {
                return (token.Text, token.Text);
            }
            var name = match.Groups[1].Value;
            var markup = match.Groups[2].Value;
            SetCurrent(token.Offset + match.Groups[1].Index);
            if (!AddTag(body, name, markup, token, token.Offset + match.Groups[1].Index, token.Offset + match.Groups[2].Index))
            {
                return (name, markup);
            }
        }
        return (null, null);
    }

    // Liquid: BlockBody#whitespace_handler — "{%-" strips the text just before it in this body, "-%}" the next text.
    private void HandleWhitespace(string token, BlockBody body)
    {
        if (token.Length > 2 && token[2] == '-' && body.LastText is { } previous)
        {
            previous.Text = Runtime.RubyString.RStrip(previous.Text);
        }
        _trimWhitespace = token.Length >= 3 && token[^3] == '-';
    }
}
