using System.Collections.Frozen;

namespace Gazette.Highlighting.Lexers;

/// <summary>The identifier classes of the C family, checked in this order.</summary>
internal sealed record CWords(FrozenSet<string> Keywords, FrozenSet<string> Types, FrozenSet<string> Reserved);
