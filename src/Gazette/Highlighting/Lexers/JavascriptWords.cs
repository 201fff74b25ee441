using System.Collections.Frozen;

namespace Gazette.Highlighting.Lexers;

/// <summary>The identifier classes of the JavaScript family, checked in this order.</summary>
internal sealed record JavascriptWords(
    FrozenSet<string> Keywords,
    FrozenSet<string> Declarations,
    FrozenSet<string> Reserved,
    FrozenSet<string> Constants,
    FrozenSet<string> Builtins);
