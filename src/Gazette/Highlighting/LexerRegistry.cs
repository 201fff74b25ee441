using System.Collections.Frozen;
using Gazette.Highlighting.Lexers;

namespace Gazette.Highlighting;

/// <summary>The lexers Gazette implements, under Rouge's tags and aliases for them.</summary>
internal static class LexerRegistry
{
    private static readonly FrozenDictionary<string, Func<LexerOptions, Lexer>> Factories = Build();

    /// <summary>Creates a fresh lexer for a Rouge language name, or null when Gazette has none for it.</summary>
    public static Lexer? Create(string name, LexerOptions? options = null) =>
        Factories.TryGetValue(name, out var factory) ? factory(options ?? LexerOptions.None) : null;

    /// <summary>Every name Gazette has a lexer for.</summary>
    public static IEnumerable<string> Names => Factories.Keys;

    /// <summary>
    /// Rouge: Lexer.find_fancy (rouge/lexer.rb): CGI-style options may follow a <c>?</c>, and <c>guess</c> guesses
    /// from <paramref name="source"/>; null when Rouge knows no such lexer. A language Rouge knows but Gazette has
    /// no lexer for is lexed as plain text, the closest Gazette can come.
    /// </summary>
    public static Lexer? FindFancy(string name, string source)
    {
        var options = LexerOptions.None;
        var question = name.IndexOf('?', StringComparison.Ordinal);
        if (question >= 0)
        {
            options = LexerOptions.Parse(name[(question + 1)..]);
            name = name[..question];
        }

        if (name == "guess")
        {
            name = RougeGuesser.Guess(source) ?? "plaintext";
        }

        return Create(name, options) ?? (RougeLanguageNames.All.Contains(name) ? new PlainTextLexer() : null);
    }

    private static FrozenDictionary<string, Func<LexerOptions, Lexer>> Build()
    {
        var map = new Dictionary<string, Func<LexerOptions, Lexer>>(StringComparer.Ordinal);
        void Add(Func<LexerOptions, Lexer> factory, params string[] names)
        {
            foreach (var name in names)
            {
                map[name] = factory;
            }
        }

        Add(_ => new ApacheLexer(), "apache");
        Add(_ => new BatchfileLexer(), "batchfile", "bat", "batch", "dosbatch", "winbatch");
        Add(_ => new CLexer(), "c");
        Add(options => new ConsoleLexer(options), "console", "terminal", "shell_session", "shell-session");
        Add(_ => new CppLexer(), "cpp", "c++");
        Add(_ => new CSharpLexer(), "csharp", "c#", "cs");
        Add(_ => new CssLexer(), "css");
        Add(options => new ErbLexer(options), "erb", "eruby", "rhtml");
        Add(_ => new DartLexer(), "dart");
        Add(_ => new DiffLexer(), "diff", "patch", "udiff");
        Add(_ => new DockerLexer(), "docker", "dockerfile", "Dockerfile");
        Add(_ => new GoLexer(), "go", "golang");
        Add(_ => new GraphqlLexer(), "graphql");
        Add(_ => new GradleLexer(), "gradle");
        Add(_ => new GroovyLexer(), "groovy");
        Add(_ => new HclLexer(), "hcl");
        Add(_ => new HtmlLexer(), "html");
        Add(_ => new IniLexer(), "ini");
        Add(options => new IrbLexer(options), "irb", "pry");
        Add(_ => new JavaLexer(), "java");
        Add(_ => new JavascriptLexer(), "javascript", "js");
        Add(_ => new JsonLexer(), "json");
        Add(_ => new JsxLexer(), "jsx", "react");
        Add(_ => new KotlinLexer(), "kotlin");
        Add(_ => new LiquidLexer(), "liquid");
        Add(options => new LuaLexer(options), "lua");
        Add(_ => new MakeLexer(), "make", "makefile", "mf", "gnumake", "bsdmake");
        Add(_ => new MarkdownLexer(), "markdown", "md", "mkd");
        Add(_ => new NginxLexer(), "nginx");
        Add(_ => new PlainTextLexer(), "plaintext", "text");
        Add(_ => new ObjectiveCLexer(), "objective_c", "objc", "obj-c", "obj_c", "objectivec");
        Add(_ => new PerlLexer(), "perl", "pl");
        Add(options => new PhpLexer(options), "php", "php3", "php4", "php5");
        Add(_ => new PowershellLexer(), "powershell", "posh", "microsoftshell", "msshell");
        Add(_ => new PropertiesLexer(), "properties");
        Add(_ => new ProtobufLexer(), "protobuf", "proto");
        Add(_ => new PythonLexer(), "python", "py");
        Add(_ => new RLexer(), "r", "R", "s", "S");
        Add(_ => new RubyLexer(), "ruby", "rb");
        Add(_ => new RustLexer(), "rust", "rs", "rust,no_run", "rs,no_run", "rust,ignore", "rs,ignore", "rust,should_panic",
            "rs,should_panic");
        Add(_ => new ScalaLexer(), "scala");
        Add(_ => new ScssLexer(), "scss");
        Add(_ => new ShellLexer(), "shell", "bash", "zsh", "ksh", "sh");
        Add(_ => new SqlLexer(), "sql");
        Add(_ => new SwiftLexer(), "swift");
        Add(_ => new TerraformLexer(), "terraform", "tf");
        Add(_ => new TomlLexer(), "toml");
        Add(_ => new TypescriptLexer(), "typescript", "ts");
        Add(_ => new VimlLexer(), "viml", "vim", "vimscript", "ex");
        Add(_ => new XmlLexer(), "xml");
        Add(_ => new YamlLexer(), "yaml", "yml");
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
