using System.Text.RegularExpressions;
using static Gazette.Highlighting.TokenTypes;

namespace Gazette.Highlighting.Lexers;

/// <summary>
/// Rouge's IRB output lexer (IRBOutputLexer in rouge/lexers/irb.rb): output lines until <c>=&gt;</c>, then the
/// returned value as Ruby, with <c>#&lt;…&gt;</c> inspections as types.
/// </summary>
internal sealed partial class IrbOutputLexer : RubyLexer
{
    private static readonly LexerDefinition IrbStates = BuildIrbDefinition();

    protected override LexerDefinition Definition => IrbStates;

    protected override void OnStart()
    {
        base.OnStart();
        Push("stdout");
    }

    private static LexerDefinition BuildIrbDefinition()
    {
        var d = new LexerDefinitionBuilder<RubyLexer>();
        DefineStates(d);
        d.State("has_irb_output")
            .Rule(Arrow(), Punctuation, "#pop")
            .Rule(OutputLine(), GenericOutput);
        d.State("irb_error")
            .Rule(OutputLine(), GenericError)
            .Mixin("has_irb_output");
        d.State("stdout")
            .Rule(ErrorLine(), GenericError, "irb_error")
            .Mixin("has_irb_output");
        d.Prepend("root").Rule(InspectStart(), KeywordType, "irb_object");
        d.State("irb_object")
            .Rule(InspectEnd(), KeywordType, "#pop")
            .Mixin("root");
        return d.Build();
    }

    [GeneratedRegex(@"\G=>")]
    private static partial Regex Arrow();
    [GeneratedRegex(@"\G.+?(\n|$)", RegexOptions.Multiline)]
    private static partial Regex OutputLine();
    [GeneratedRegex(@"\G\w+?(Error|Exception):.+?(\n|$)", RegexOptions.Multiline)]
    private static partial Regex ErrorLine();
    [GeneratedRegex(@"\G#<")]
    private static partial Regex InspectStart();
    [GeneratedRegex(@"\G>")]
    private static partial Regex InspectEnd();
}
