using System.Globalization;
using System.Text.RegularExpressions;

namespace Gazette.Highlighting;

/// <summary>
/// Works out from a rule's pattern which characters a match can start with, so the lexer can skip rules that
/// cannot match at the current character without running them. The analysis is conservative: anything it does
/// not understand, and any pattern that can match the empty string, means "may match anywhere".
/// </summary>
internal sealed class FirstCharAnalyzer
{
    private static readonly FirstCharSet Digits = FirstCharSet.Empty.WithRange('0', '9') with { NonAscii = true };
    private static readonly FirstCharSet WordChars =
        FirstCharSet.Empty.WithRange('a', 'z').WithRange('A', 'Z').WithRange('0', '9').With('_') with { NonAscii = true };
    private static readonly FirstCharSet Spaces =
        FirstCharSet.Empty.With(' ').With('\t').With('\n').With('\v').With('\f').With('\r') with { NonAscii = true };

    private readonly string _pattern;
    private int _pos;

    private FirstCharAnalyzer(string pattern) => _pattern = pattern;

    /// <summary>The possible first characters of a match, or null when any character may start one.</summary>
    public static FirstCharSet? Analyze(Regex regex)
    {
        if ((regex.Options & (RegexOptions.IgnorePatternWhitespace | RegexOptions.RightToLeft)) != 0)
        {
            return null;
        }

        var analyzer = new FirstCharAnalyzer(regex.ToString());
        try
        {
            var (first, nullable) = analyzer.Alternation((regex.Options & RegexOptions.IgnoreCase) != 0);
            return nullable || analyzer._pos != analyzer._pattern.Length || first == FirstCharSet.Any ? null : first;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private char Peek => _pos < _pattern.Length ? _pattern[_pos] : '\0';

    private (FirstCharSet First, bool Nullable) Alternation(bool ignoreCase)
    {
        var (first, nullable) = Sequence(ignoreCase);
        while (Peek == '|' && _pos < _pattern.Length)
        {
            _pos++;
            var (next, nextNullable) = Sequence(ignoreCase);
            first = first.Union(next);
            nullable |= nextNullable;
        }

        return (first, nullable);
    }

    private (FirstCharSet First, bool Nullable) Sequence(bool ignoreCase)
    {
        var (first, nullable) = (FirstCharSet.Empty, true);
        while (_pos < _pattern.Length && Peek is not '|' and not ')')
        {
            var (element, elementNullable) = Element(ref ignoreCase);
            elementNullable |= Quantifier();
            if (nullable)
            {
                first = first.Union(element);
                nullable = elementNullable;
            }
        }

        return (first, nullable);
    }

    private (FirstCharSet First, bool Nullable) Element(ref bool ignoreCase)
    {
        var c = _pattern[_pos++];
        switch (c)
        {
            case '\\':
                return Escape(ignoreCase);
            case '[':
                return (CharacterClass(ignoreCase), false);
            case '(':
                return Group(ref ignoreCase);
            case '.':
                return (FirstCharSet.Any, false);
            case '^' or '$':
                return (FirstCharSet.Empty, true);
            case '*' or '+' or '?':
                throw new FormatException();
            default:
                return (Literal(c, ignoreCase), false);
        }
    }

    private (FirstCharSet First, bool Nullable) Escape(bool ignoreCase)
    {
        var c = _pattern[_pos++];
        switch (c)
        {
            case 'G' or 'A' or 'b' or 'B' or 'z' or 'Z':
                return (FirstCharSet.Empty, true);
            case 'd':
                return (Digits, false);
            case 'w':
                return (WordChars, false);
            case 's':
                return (Spaces, false);
            case 'D':
                return (Digits.Complement(), false);
            case 'W':
                return (WordChars.Complement(), false);
            case 'S':
                return (Spaces.Complement(), false);
            case 'p' or 'P':
                return (Category(negated: c == 'P'), false);
            case >= '1' and <= '9' or 'k':
                // A backreference may repeat an empty group.
                return (FirstCharSet.Any, true);
            default:
                return (Literal(EscapedChar(c), ignoreCase), false);
        }
    }

    /// <summary>The character an escape outside the class shorthands stands for.</summary>
    private char EscapedChar(char c)
    {
        switch (c)
        {
            case 'n': return '\n';
            case 't': return '\t';
            case 'r': return '\r';
            case 'f': return '\f';
            case 'v': return '\v';
            case 'e': return '\x1B';
            case 'a': return '\a';
            case 'x': return Hex(2);
            case 'u': return Hex(4);
            default:
                if (char.IsAsciiLetterOrDigit(c))
                {
                    // \p{..}, \P{..}, \D, \W, \S, \c, octal: not worth modelling.
                    throw new FormatException();
                }

                return c;
        }
    }

    /// <summary>
    /// A Unicode category after \p or \P. Its ASCII members are exact; any non-ASCII character counts as possible.
    /// </summary>
    private FirstCharSet Category(bool negated)
    {
        var close = Peek == '{' ? _pattern.IndexOf('}', _pos) : -1;
        if (close < 0)
        {
            throw new FormatException();
        }

        var name = _pattern[(_pos + 1)..close];
        _pos = close + 1;
        var ascii = name switch
        {
            "L" => FirstCharSet.Empty.WithRange('a', 'z').WithRange('A', 'Z'),
            "Lu" => FirstCharSet.Empty.WithRange('A', 'Z'),
            "Ll" => FirstCharSet.Empty.WithRange('a', 'z'),
            "Nd" or "N" => FirstCharSet.Empty.WithRange('0', '9'),
            "Pc" => FirstCharSet.Empty.With('_'),
            "M" or "Mn" or "Mc" or "Nl" or "Cf" => FirstCharSet.Empty,
            _ => throw new FormatException(),
        };
        return negated ? ascii.Complement() : ascii with { NonAscii = true };
    }

    private char Hex(int digits)
    {
        var value = int.Parse(_pattern.AsSpan(_pos, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        _pos += digits;
        return (char)value;
    }

    private FirstCharSet CharacterClass(bool ignoreCase)
    {
        var negated = Peek == '^';
        if (negated)
        {
            _pos++;
        }

        var set = FirstCharSet.Empty;
        for (var first = true; ; first = false)
        {
            var c = _pattern[_pos++];
            if (c == ']' && !first)
            {
                break;
            }

            if (c == '-' && Peek == '[')
            {
                throw new FormatException();
            }

            if (c == '\\')
            {
                var e = _pattern[_pos++];
                var shorthand = e switch
                {
                    'd' => Digits,
                    'w' => WordChars,
                    's' => Spaces,
                    'D' => Digits.Complement(),
                    'W' => WordChars.Complement(),
                    'S' => Spaces.Complement(),
                    'p' or 'P' => Category(negated: e == 'P'),
                    _ => (FirstCharSet?)null,
                };
                if (shorthand is { } classSet)
                {
                    set = set.Union(classSet);
                    continue;
                }

                c = e == 'b' ? '\b' : EscapedChar(e);
            }

            if (Peek == '-' && _pos + 1 < _pattern.Length && _pattern[_pos + 1] != ']')
            {
                _pos++;
                var to = _pattern[_pos++];
                if (to == '\\')
                {
                    to = EscapedChar(_pattern[_pos++]);
                }

                set = set.WithRange(c, to);
            }
            else
            {
                set = set.With(c);
            }
        }

        if (ignoreCase)
        {
            set = set.WithOtherCase();
        }

        return negated ? set.Complement() : set;
    }

    private (FirstCharSet First, bool Nullable) Group(ref bool ignoreCase)
    {
        var innerCase = ignoreCase;
        var lookaround = false;
        if (Peek == '?')
        {
            _pos++;
            var c = _pattern[_pos++];
            switch (c)
            {
                case ':' or '>':
                    break;
                case '=' or '!':
                    lookaround = true;
                    break;
                case '<' when Peek is '=' or '!':
                    _pos++;
                    lookaround = true;
                    break;
                case '<' or '\'':
                    _pos = _pattern.IndexOf(c == '<' ? '>' : '\'', _pos) + 1;
                    if (_pos == 0)
                    {
                        throw new FormatException();
                    }

                    break;
                default:
                    // Inline options: (?i) for the rest of the group, (?i:...) for the group.
                    _pos--;
                    var on = true;
                    while (Peek is not ':' and not ')')
                    {
                        var flag = _pattern[_pos++];
                        if (flag == '-')
                        {
                            on = false;
                        }
                        else if (flag == 'i')
                        {
                            innerCase = on;
                        }
                        else if (flag is not ('m' or 's' or 'n'))
                        {
                            throw new FormatException();
                        }
                    }

                    if (_pattern[_pos++] == ')')
                    {
                        ignoreCase = innerCase;
                        return (FirstCharSet.Empty, true);
                    }

                    break;
            }
        }

        var (first, nullable) = Alternation(innerCase);
        if (Peek != ')')
        {
            throw new FormatException();
        }

        _pos++;
        // A lookaround consumes nothing; what follows it decides the first character.
        return lookaround ? (FirstCharSet.Empty, true) : (first, nullable);
    }

    /// <summary>Skips a quantifier after an element and returns whether it allows zero repetitions.</summary>
    private bool Quantifier()
    {
        var nullable = false;
        switch (Peek)
        {
            case '*' or '?':
                _pos++;
                nullable = true;
                break;
            case '+':
                _pos++;
                break;
            case '{':
                var close = _pattern.IndexOf('}', _pos);
                var body = close < 0 ? "" : _pattern[(_pos + 1)..close];
                var minimum = body.Split(',')[0];
                if (body.Length == 0 || minimum.Length == 0 || !body.All(ch => char.IsAsciiDigit(ch) || ch == ','))
                {
                    // Not a quantifier: the brace is a literal and the next element.
                    return false;
                }

                _pos = close + 1;
                nullable = int.Parse(minimum, CultureInfo.InvariantCulture) == 0;
                break;
            default:
                return false;
        }

        if (Peek == '?')
        {
            _pos++;
        }

        return nullable;
    }

    private static FirstCharSet Literal(char c, bool ignoreCase)
    {
        var set = FirstCharSet.Empty.With(c);
        return ignoreCase && char.IsAsciiLetter(c) ? set.WithOtherCase() : set;
    }
}
