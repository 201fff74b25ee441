using System.Collections.Frozen;
using Gazette.Highlighting.Lexers;

namespace Gazette.Highlighting;

/// <summary>The lexers Gazette implements, under Rouge's tags and aliases for them.</summary>
internal static class LexerRegistry
{
    private static readonly FrozenDictionary<string, Func<RegexLexer>> Factories = Build();

    /// <summary>Creates a fresh lexer for a Rouge language name, or null when Gazette has none for it.</summary>
    public static RegexLexer? Create(string name) => Factories.TryGetValue(name, out var factory) ? factory() : null;

    /// <summary>Whether Gazette has its own lexer for the name.</summary>
    public static bool IsImplemented(string name) => Factories.ContainsKey(name);

    private static FrozenDictionary<string, Func<RegexLexer>> Build()
    {
        var map = new Dictionary<string, Func<RegexLexer>>(StringComparer.Ordinal);
        void Add(Func<RegexLexer> factory, params string[] names)
        {
            foreach (var name in names)
            {
                map[name] = factory;
            }
        }

        Add(() => new JsonLexer(), "json");
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
