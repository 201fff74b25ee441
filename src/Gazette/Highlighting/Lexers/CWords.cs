using System.Collections.Frozen;

namespace Gazette.Highlighting.Lexers;

/// <summary>The identifier classes of the C family, checked in this order.</summary>
internal sealed record CWords(FrozenSet<string> Keywords, FrozenSet<string> Types, FrozenSet<string> Reserved)
{
    /// <summary>Names written as builtins (Rouge's <c>builtins</c>; empty for C and C++).</summary>
    public FrozenSet<string> Builtins { get; init; } = FrozenSet<string>.Empty;
}
