using System.Collections.Frozen;
using System.Text.RegularExpressions;
using static Gazette.Highlighting.TokenTypes;

namespace Gazette.Highlighting.Lexers;

/// <summary>Rouge's Windows batch file lexer (rouge/lexers/batchfile.rb).</summary>
internal sealed partial class BatchfileLexer : RegexLexer
{
    private const RegexOptions IgnoreCase = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static readonly FrozenSet<string> Keywords = Words("if else for in do goto call exit");

    private static readonly FrozenSet<string> OperatorWords = Words("exist defined errorlevel cmdextversion not equ neq lss leq gtr geq");

    private static readonly FrozenSet<string> Devices = Words(
        "con prn aux nul com1 com2 com3 com4 com5 com6 com7 com8 com9 lpt1 lpt2 lpt3 lpt4 lpt5 lpt6 lpt7 lpt8 lpt9");

    private static readonly FrozenSet<string> Commands = Words(
        "assoc attrib break bcdedit cacls cd chcp chdir chkdsk chkntfs choice cls cmd color comp compact convert copy date del"
        + " dir diskpart doskey dpath driverquery echo endlocal erase fc find findstr format fsutil ftype gpresult graftabl help"
        + " icacls label md mkdir mklink mode more move openfiles path pause popd print prompt pushd rd recover ren rename"
        + " replace rmdir robocopy setlocal sc schtasks shift shutdown sort start subst systeminfo takeown tasklist taskkill"
        + " time timeout title tree type ver verify vol xcopy waitfor wmic"
        + " addusers admodcmd ansicon arp at bcdboot bitsadmin browstat certreq certutil change cidiag cipher cleanmgr clip"
        + " cmdkey compress convertcp coreinfo csccmd csvde cscript curl debug defrag delprof deltree devcon diamond dirquota"
        + " diruse diskshadow diskuse dism dnscmd dsacls dsadd dsget dsquery dsmod dsmove dsrm dsmgmt dsregcmd edlin"
        + " eventcreate expand extract fdisk fltmc forfiles freedisk ftp getmac gpupdate hostname ifmember inuse ipconfig kill"
        + " lgpo lodctr logman logoff logtime makecab mapisend mbsacli mem mountvol moveuser msg mshta msiexec msinfo32 mstsc"
        + " nbtstat net net1 netdom netsh netstat nlsinfo nltest now nslookup ntbackup ntdsutil ntoskrnl ntrights nvspbind"
        + " pathping perms ping portqry powercfg pngout pnputil printbrm prncnfg prnmngr procdump psexec psfile psgetsid"
        + " psinfo pskill pslist psloggedon psloglist pspasswd psping psservice psshutdown pssuspend qbasic qgrep qprocess"
        + " query quser qwinsta rasdial reg reg1 regdump regedt32 regsvr32 regini reset restore rundll32 rmtshare route"
        + " rpcping run runas scandisk setspn setx sfc share shellrunas shortcut sigcheck sleep slmgr strings subinacl sysmon"
        + " telnet tftp tlist touch tracerpt tracert tscon tsdiscon tskill tttracer typeperf tzutil undelete unformat verifier"
        + " vmconnect vssadmin w32tm wbadmin wecutil wevtutil wget where whoami windiff winrm winrs wpeutil wpr wusa wuauclt"
        + " wscript");

    private static readonly FrozenSet<string> Attributes = Words("on off disable enableextensions enabledelayedexpansion");

    private static readonly LexerDefinition States = Define();

    protected override LexerDefinition Definition => States;

    private static FrozenSet<string> Words(string words) => words.Split(' ').ToFrozenSet(StringComparer.Ordinal);

    private static LexerDefinition Define()
    {
        var d = new LexerDefinitionBuilder<BatchfileLexer>();
        d.State("basic")
            .Rule(Rem(), Comment)
            .Rule(ColonComment(), Comment)
            .Rule(Label(), NameLabel)
            .Rule(Word(), (lx, m) =>
            {
                var word = m.Groups[1].Value;
                if (Devices.Contains(word))
                {
                    lx.Groups(m, KeywordReserved, Error);
                }
                else if (Keywords.Contains(word))
                {
                    lx.Groups(m, Keyword, Error);
                }
                else if (OperatorWords.Contains(word))
                {
                    lx.Groups(m, TokenTypes.OperatorWord, Error);
                }
                else if (Commands.Contains(word))
                {
                    lx.Token(NameBuiltin, m.Value);
                }
                else if (Attributes.Contains(word))
                {
                    lx.Groups(m, NameAttribute, Error);
                }
                else
                {
                    // Rouge tests "set".casecmp(word), an integer and so always true.
                    lx.Groups(m, KeywordDeclaration, Error);
                }
            })
            .Rule(Switch(), NameAttribute)
            .Mixin("expansions")
            .Rule(OperatorChar(), Operator);
        d.State("escape")
            .Rule(Escape(), StrEscape);
        d.State("expansions")
            .Rule(VariableExpansion(), NameVariable)
            .Rule(ParameterExpansion(), NameVariableMagic);
        d.State("double_quotes")
            .Mixin("escape")
            .Rule(DoubleQuote(), StrDouble, "#pop")
            .Mixin("expansions")
            .Rule(DoubleChars(), StrDouble);
        d.State("single_quotes")
            .Mixin("escape")
            .Rule(SingleQuote(), StrSingle, "#pop")
            .Mixin("expansions")
            .Rule(SingleChars(), StrSingle);
        d.State("backtick")
            .Mixin("escape")
            .Rule(Backtick(), StrBacktick, "#pop")
            .Mixin("expansions")
            .Rule(BacktickChars(), StrBacktick);
        d.State("data")
            .Rule(Spaces(), Text)
            .Rule(Hex(), NumHex)
            .Rule(Digit(), Num)
            .Rule(DoubleQuote(), StrDouble, "double_quotes")
            .Rule(SingleQuote(), StrSingle, "single_quotes")
            .Rule(Backtick(), StrBacktick, "backtick")
            .Rule(Other(), Text)
            .Mixin("escape");
        d.State("root")
            .Mixin("basic")
            .Mixin("data");
        return d.Build();
    }

    [GeneratedRegex(@"\G@?\brem\b.*$", IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex Rem();
    [GeneratedRegex(@"\G^::.*$", RegexOptions.Multiline)]
    private static partial Regex ColonComment();
    [GeneratedRegex(@"\G:[a-z]+", IgnoreCase)]
    private static partial Regex Label();
    [GeneratedRegex(@"\G([a-z]\w*)(\.exe|com|bat|cmd|msi)?", IgnoreCase)]
    private static partial Regex Word();
    [GeneratedRegex(@"\G((?:[\/\+]|--?)[a-z]+)\s*", IgnoreCase)]
    private static partial Regex Switch();
    [GeneratedRegex(@"\G[<>&|(){}\[\]\-+=;,~?*]")]
    private static partial Regex OperatorChar();
    [GeneratedRegex(@"\G\^.", RegexOptions.Singleline)]
    private static partial Regex Escape();
    [GeneratedRegex(@"\G[%!]+([a-z_$@#]+)[%!]+", IgnoreCase)]
    private static partial Regex VariableExpansion();
    [GeneratedRegex(@"\G(\%+~?[a-z]+\d?)", IgnoreCase)]
    private static partial Regex ParameterExpansion();
    [GeneratedRegex(@"\G[""]")]
    private static partial Regex DoubleQuote();
    [GeneratedRegex(@"\G[^\^""%!]+")]
    private static partial Regex DoubleChars();
    [GeneratedRegex(@"\G[']")]
    private static partial Regex SingleQuote();
    [GeneratedRegex(@"\G[^\^'%!]+")]
    private static partial Regex SingleChars();
    [GeneratedRegex(@"\G[`]")]
    private static partial Regex Backtick();
    [GeneratedRegex(@"\G[^\^`%!]+")]
    private static partial Regex BacktickChars();
    [GeneratedRegex(@"\G\s+")]
    private static partial Regex Spaces();
    [GeneratedRegex(@"\G0x[0-9a-f]+", IgnoreCase)]
    private static partial Regex Hex();
    [GeneratedRegex(@"\G[0-9]")]
    private static partial Regex Digit();
    [GeneratedRegex(@"\G[^\s&|()\[\]{}\^=;!%+\-,""'`~?*]+")]
    private static partial Regex Other();
}
