namespace Gazette.Highlighting;

/// <summary>The characters a match can start with: a set of ASCII characters, and whether any non-ASCII one can.</summary>
internal readonly record struct FirstCharSet(ulong Low, ulong High, bool NonAscii)
{
    public static readonly FirstCharSet Empty = new(0, 0, false);

    public static readonly FirstCharSet Any = new(ulong.MaxValue, ulong.MaxValue, true);

    public bool Contains(char c) =>
        c < 64 ? (Low & (1UL << c)) != 0
        : c < 128 ? (High & (1UL << (c - 64))) != 0
        : NonAscii;

    public FirstCharSet Union(FirstCharSet other) => new(Low | other.Low, High | other.High, NonAscii || other.NonAscii);

    public FirstCharSet With(char c) =>
        c < 64 ? this with { Low = Low | (1UL << c) }
        : c < 128 ? this with { High = High | (1UL << (c - 64)) }
        : this with { NonAscii = true };

    public FirstCharSet WithRange(char from, char to)
    {
        var set = this;
        for (var c = from; c <= to && c < 128; c++)
        {
            set = set.With(c);
        }

        return to >= 128 ? set with { NonAscii = true } : set;
    }

    /// <summary>Everything not in this set; non-ASCII characters are always kept, as a set cannot list them.</summary>
    public FirstCharSet Complement() => new(~Low, ~High, true);

    /// <summary>Adds the other ASCII case of every letter, and non-ASCII characters that fold to ASCII ones.</summary>
    public FirstCharSet WithOtherCase()
    {
        var set = this with { NonAscii = true };
        for (var c = 'a'; c <= 'z'; c++)
        {
            var upper = char.ToUpperInvariant(c);
            if (Contains(c) || Contains(upper))
            {
                set = set.With(c).With(upper);
            }
        }

        return set;
    }
}
