using System.Text.RegularExpressions;

namespace Gazette.Highlighting.Lexers;

/// <summary>
/// Rouge's IRB and Pry session lexer (rouge/lexers/irb.rb): a console whose prompt mentions irb or pry, whose
/// commands are Ruby and whose output is lexed by <see cref="IrbOutputLexer"/>.
/// </summary>
internal sealed partial class IrbLexer(LexerOptions options) : ConsoleLexer(options)
{
    private readonly RubyLexer _ruby = new();
    private readonly IrbOutputLexer _output = new();

    protected override Lexer LangLexer => _ruby;

    protected override Lexer OutputLexer => _output;

    protected override bool AllowComments => true;

    protected override Regex PromptRegex => Prompt();

    [GeneratedRegex(@"^.*?(irb|pry).*?[>""*]", RegexOptions.Multiline)]
    private static partial Regex Prompt();
}
