using System.Collections.Frozen;
using Gazette.Highlighting.Lexers;

namespace Gazette.Highlighting;

/// <summary>The lexers Gazette implements, under Rouge's tags and aliases for them.</summary>
internal static class LexerRegistry
{
    private static readonly FrozenDictionary<string, Func<Lexer>> Factories = Build();

    /// <summary>Creates a fresh lexer for a Rouge language name, or null when Gazette has none for it.</summary>
    public static Lexer? Create(string name) => Factories.TryGetValue(name, out var factory) ? factory() : null;

    /// <summary>Every name Gazette has a lexer for.</summary>
    public static IEnumerable<string> Names => Factories.Keys;

    /// <summary>
    /// Rouge: Lexer.find_fancy (rouge/lexer.rb): options after <c>?</c> are dropped and <c>guess</c> guesses from
    /// <paramref name="source"/>; null when Rouge knows no such lexer. A language Rouge knows but Gazette has no
    /// lexer for is lexed as plain text, the closest Gazette can come.
    /// </summary>
    public static Lexer? FindFancy(string name, string source)
    {
        var question = name.IndexOf('?', StringComparison.Ordinal);
        if (question >= 0)
        {
            name = name[..question];
        }

        if (name == "guess")
        {
            name = RougeGuesser.Guess(source) ?? "plaintext";
        }

        return Create(name) ?? (RougeLanguageNames.All.Contains(name) ? new PlainTextLexer() : null);
    }

    private static FrozenDictionary<string, Func<Lexer>> Build()
    {
        var map = new Dictionary<string, Func<Lexer>>(StringComparer.Ordinal);
        void Add(Func<Lexer> factory, params string[] names)
        {
            foreach (var name in names)
            {
                map[name] = factory;
            }
        }

        Add(() => new CLexer(), "c");
        Add(() => new ConsoleLexer(), "console", "terminal", "shell_session", "shell-session");
        Add(() => new CppLexer(), "cpp", "c++");
        Add(() => new CSharpLexer(), "csharp", "c#", "cs");
        Add(() => new CssLexer(), "css");
        Add(() => new DiffLexer(), "diff", "patch", "udiff");
        Add(() => new DockerLexer(), "docker", "dockerfile", "Dockerfile");
        Add(() => new GoLexer(), "go", "golang");
        Add(() => new HtmlLexer(), "html");
        Add(() => new JavaLexer(), "java");
        Add(() => new JavascriptLexer(), "javascript", "js");
        Add(() => new JsonLexer(), "json");
        Add(() => new LiquidLexer(), "liquid");
        Add(() => new MarkdownLexer(), "markdown", "md", "mkd");
        Add(() => new PlainTextLexer(), "plaintext", "text");
        Add(() => new PythonLexer(), "python", "py");
        Add(() => new RubyLexer(), "ruby", "rb");
        Add(() => new RustLexer(), "rust", "rs", "rust,no_run", "rs,no_run", "rust,ignore", "rs,ignore", "rust,should_panic",
            "rs,should_panic");
        Add(() => new ScssLexer(), "scss");
        Add(() => new ShellLexer(), "shell", "bash", "zsh", "ksh", "sh");
        Add(() => new SqlLexer(), "sql");
        Add(() => new TomlLexer(), "toml");
        Add(() => new TypescriptLexer(), "typescript", "ts");
        Add(() => new XmlLexer(), "xml");
        Add(() => new YamlLexer(), "yaml", "yml");
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
