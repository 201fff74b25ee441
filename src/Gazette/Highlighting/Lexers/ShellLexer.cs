using static Gazette.Highlighting.TokenTypes;

namespace Gazette.Highlighting.Lexers;

/// <summary>Rouge's shell lexer for sh, bash, zsh and ksh (rouge/lexers/shell.rb).</summary>
internal sealed partial class ShellLexer : RegexLexer
{
    private const string Keywords = "if|fi|else|while|do|done|for|then|return|function|select|continue|until|esac|elif|in";

    private const string Builtins =
        "alias|bg|bind|break|builtin|caller|cd|command|compgen|complete|declare|dirs|disown|enable|eval|exec|exit"
        + "|export|false|fc|fg|getopts|hash|help|history|jobs|let|local|logout|mapfile|popd|pushd|pwd|read|readonly|set"
        + "|shift|shopt|source|suspend|test|time|times|trap|true|type|typeset|ulimit|umask|unalias|unset|wait"
        + "|cat|tac|nl|od|base32|base64|fmt|pr|fold|head|tail|split|csplit"
        + "|wc|sum|cksum|b2sum|md5sum|sha1sum|sha224sum|sha256sum|sha384sum"
        + "|sha512sum|sort|shuf|uniq|comm|ptx|tsort|cut|paste|join|tr|expand"
        + "|unexpand|ls|dir|vdir|dircolors|cp|dd|install|mv|rm|shred|link|ln"
        + "|mkdir|mkfifo|mknod|readlink|rmdir|unlink|chown|chgrp|chmod|touch"
        + "|df|du|stat|sync|truncate|echo|printf|yes|expr|tee|basename|dirname"
        + "|pathchk|mktemp|realpath|pwd|stty|printenv|tty|id|logname|whoami"
        + "|groups|users|who|date|arch|nproc|uname|hostname|hostid|uptime|chcon"
        + "|runcon|chroot|env|nice|nohup|stdbuf|timeout|kill|sleep|factor|numfmt"
        + "|seq|tar|grep|sudo|awk|sed|gzip|gunzip";

    private static readonly LexerDefinition States = Define();

    private string _heredoc = "";

    protected override LexerDefinition Definition => States;

    private static LexerDefinition Define()
    {
        var d = new LexerDefinitionBuilder<ShellLexer>();
        d.State("basic")
            .Rule(HashComment(), Comment)
            .Rule(Keyword(), TokenTypes.Keyword)
            .Rule(Case(), TokenTypes.Keyword, "case")
            .Rule(Builtin(), NameBuiltin)
            .Rule(DotCommand(), NameBuiltin)
            .Rule(Assignment(), [NameVariable, Operator])
            .Rule(OperatorChar(), Operator)
            .Rule(Logical(), Operator)
            .Rule(HereString(), Operator)
            .Rule(HeredocStart(), (lx, m) =>
            {
                lx.Groups(m, Operator, Text, StrHeredoc, StrHeredoc, NameConstant, StrHeredoc);
                lx._heredoc = m.Groups[5].Value;
                lx.Push("heredoc");
            });
        d.State("heredoc")
            .Rule(Newline(), StrHeredoc, "heredoc_nl")
            .Rule(HeredocChars(), StrHeredoc)
            .Mixin("interp")
            .Rule(Dollar(), StrHeredoc);
        d.State("heredoc_nl")
            .Rule(HeredocLine(), (lx, m) =>
            {
                if (m.Groups[1].Value == lx._heredoc)
                {
                    lx.Token(NameConstant, m.Value);
                    lx.Pop(2);
                }
                else
                {
                    lx.Token(StrHeredoc, m.Value);
                }
            })
            .Rule(Empty(), (lx, _) => lx.Pop());
        d.State("double_quotes")
            .Rule(DoubleQuoteEnd(), StrDouble, "#pop")
            .Mixin("interp")
            .Rule(DoubleQuoteChars(), StrDouble);
        d.State("ansi_string")
            .Rule(EscapedChar(), StrEscape)
            .Rule(AnsiChars(), StrSingle)
            .Mixin("single_quotes");
        d.State("single_quotes")
            .Rule(SingleQuote(), StrSingle, "#pop")
            .Rule(SingleQuoteChars(), StrSingle);
        d.State("data")
            .Rule(Spaces(), Text)
            .Rule(EscapedChar(), StrEscape)
            .Rule(DoubleQuoteStart(), StrDouble, "double_quotes")
            .Rule(AnsiQuoteStart(), StrSingle, "ansi_string")
            .Rule(SingleQuote(), StrSingle, "single_quotes")
            .Rule(Star(), TokenTypes.Keyword)
            .Rule(Semicolon(), Punctuation)
            .Rule(Option(), NameTag)
            .Rule(Word(), Text)
            .Rule(Number(), Num)
            .Rule(LessThan(), Text)
            .Mixin("interp");
        d.State("curly")
            .Rule(CloseCurly(), TokenTypes.Keyword, "#pop")
            .Rule(DefaultOperator(), TokenTypes.Keyword)
            .Rule(VariableName(), NameVariable)
            .Rule(CurlyChars(), Punctuation)
            .Mixin("root");
        d.State("paren_interp")
            .Rule(CloseParen(), StrInterpol, "#pop")
            .Rule(OpenParen(), Operator, "paren_inner")
            .Mixin("root");
        d.State("paren_inner")
            .Rule(OpenParen(), Operator, "#push")
            .Rule(CloseParen(), Operator, "#pop")
            .Mixin("root");
        d.State("math")
            .Rule(CloseMath(), TokenTypes.Keyword, "#pop")
            .Rule(MathOperator(), Operator)
            .Rule(MathNumber(), Num)
            .Mixin("root");
        d.State("case")
            .Rule(Esac(), TokenTypes.Keyword, "#pop")
            .Rule(Pipe(), Punctuation)
            .Rule(CloseParen(), Punctuation, "case_stanza")
            .Mixin("root");
        d.State("case_stanza")
            .Rule(DoubleSemicolon(), Punctuation, "#pop")
            .Mixin("root");
        d.State("backticks")
            .Rule(Backtick(), StrBacktick, "#pop")
            .Mixin("root");
        d.State("interp")
            .Rule(LineContinuation(), StrEscape)
            .Rule(EscapedChar(), StrEscape)
            .Rule(MathStart(), TokenTypes.Keyword, "math")
            .Rule(CommandStart(), StrInterpol, "paren_interp")
            .Rule(CurlyStart(), TokenTypes.Keyword, "curly")
            .Rule(Backtick(), StrBacktick, "backticks")
            .Rule(Variable(), NameVariable)
            .Rule(SpecialVariable(), NameVariable);
        d.State("root")
            .Mixin("basic")
            .Mixin("data");
        return d.Build();
    }
}
