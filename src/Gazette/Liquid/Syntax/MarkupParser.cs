namespace Gazette.Liquid.Syntax;

/// <summary>
/// Liquid 4's strict markup lexer and parser (lib/liquid/lexer.rb, parser.rb). Like Liquid, it returns the
/// normalised markup of each expression as text, which <see cref="ExpressionParser"/> then parses.
/// </summary>
internal sealed class MarkupParser
{
    private readonly List<MarkupToken> _tokens;
    private int _position;

    public MarkupParser(string markup) => _tokens = Tokenize(markup);

    private static List<MarkupToken> Tokenize(string input)
    {
        var tokens = new List<MarkupToken>();
        var i = 0;
        while (true)
        {
            while (i < input.Length && input[i] is ' ' or '\t' or '\n' or '\v' or '\f' or '\r')
            {
                i++;
            }
            if (i >= input.Length)
            {
                break;
            }
            var start = i;
            var kind = Next(input, ref i);
            tokens.Add(new MarkupToken(kind, input[start..i]));
        }
        tokens.Add(new MarkupToken("end_of_string", ""));
        return tokens;
    }

    // Liquid: Lexer#tokenize — comparison, strings, numbers, identifiers, "..", then single characters.
    private static string Next(string s, ref int i)
    {
        var c = s[i];
        if (Comparison(s, ref i))
        {
            return "comparison";
        }
        if (c is '\'' or '"')
        {
            var close = s.IndexOf(c, i + 1);
            if (close >= 0)
            {
                i = close + 1;
                return "string";
            }
        }
        if (char.IsAsciiDigit(c) || (c == '-' && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1])))
        {
            i++;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
            }
            if (i + 1 < s.Length && s[i] == '.' && char.IsAsciiDigit(s[i + 1]))
            {
                i += 2;
                while (i < s.Length && char.IsAsciiDigit(s[i]))
                {
                    i++;
                }
            }
            return "number";
        }
        if (char.IsAsciiLetter(c) || c == '_')
        {
            i++;
            while (i < s.Length && (char.IsAsciiLetterOrDigit(s[i]) || s[i] is '_' or '-'))
            {
                i++;
            }
            if (i < s.Length && s[i] == '?')
            {
                i++;
            }
            return "id";
        }
        if (c == '.' && i + 1 < s.Length && s[i + 1] == '.')
        {
            i += 2;
            return "dotdot";
        }
        i++;
        return c switch
        {
            '|' => "pipe",
            '.' => "dot",
            ':' => "colon",
            ',' => "comma",
            '[' => "open_square",
            ']' => "close_square",
            '(' => "open_round",
            ')' => "close_round",
            '?' => "question",
            '-' => "dash",
            _ => throw new LiquidSyntaxException("Unexpected character " + c),
        };
    }

    // Liquid: COMPARISON_OPERATOR = /==|!=|<>|<=?|>=?|contains(?=\s)/
    private static bool Comparison(string s, ref int i)
    {
        var rest = s.AsSpan(i);
        if (rest.StartsWith("==") || rest.StartsWith("!=") || rest.StartsWith("<>") || rest.StartsWith("<=") || rest.StartsWith(">="))
        {
            i += 2;
            return true;
        }
        if (rest.Length > 0 && rest[0] is '<' or '>')
        {
            i++;
            return true;
        }
        if (rest.StartsWith("contains") && rest.Length > 8 && rest[8] is ' ' or '\t' or '\n' or '\v' or '\f' or '\r')
        {
            i += 8;
            return true;
        }
        return false;
    }

    public string Consume(string? kind = null)
    {
        var token = _tokens[_position];
        if (kind is not null && token.Kind != kind)
        {
            throw new LiquidSyntaxException($"Expected {kind} but found {token.Kind}");
        }
        _position++;
        return token.Text;
    }

    /// <summary>Consumes the token when it is of <paramref name="kind"/>; its text, or null.</summary>
    public string? ConsumeIf(string kind)
    {
        if (_position >= _tokens.Count || _tokens[_position].Kind != kind)
        {
            return null;
        }
        return _tokens[_position++].Text;
    }

    /// <summary>Consumes an identifier with exactly this text.</summary>
    public bool IdIs(string text)
    {
        if (_position >= _tokens.Count || _tokens[_position].Kind != "id" || _tokens[_position].Text != text)
        {
            return false;
        }
        _position++;
        return true;
    }

    public bool Look(string kind, int ahead = 0) =>
        _position + ahead < _tokens.Count && _tokens[_position + ahead].Kind == kind;

    /// <summary>Liquid: <c>Parser#expression</c> — a variable, a string, a number or a range.</summary>
    public string Expression()
    {
        var token = _tokens[_position];
        switch (token.Kind)
        {
            case "id":
                return VariableSignature();
            case "string" or "number":
                return Consume();
            case "open_round":
                Consume();
                var first = Expression();
                Consume("dotdot");
                var last = Expression();
                Consume("close_round");
                return "(" + first + ".." + last + ")";
            default:
                // Liquid: "#{token} is not a valid expression" — the token array's inspect, [:dash, "-"].
                throw new LiquidSyntaxException((token.Kind == "end_of_string" ? "[:end_of_string]"
                    : $"[:{token.Kind}, {Runtime.RubyText.Inspect(new Fluid.Values.StringValue(token.Text))}]") + " is not a valid expression");
        }
    }

    /// <summary>Liquid: <c>Parser#argument</c> — an expression, possibly named (<c>key: value</c>).</summary>
    public string Argument()
    {
        var text = "";
        if (Look("id") && Look("colon", 1))
        {
            text = Consume() + Consume() + " ";
        }
        return text + Expression();
    }

    private string VariableSignature()
    {
        var text = Consume("id");
        while (Look("open_square"))
        {
            text += Consume() + Expression() + Consume("close_square");
        }
        if (Look("dot"))
        {
            text += Consume() + VariableSignature();
        }
        return text;
    }
}
