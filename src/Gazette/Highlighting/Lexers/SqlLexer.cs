using System.Collections.Frozen;
using System.Text.RegularExpressions;
using static Gazette.Highlighting.TokenTypes;

namespace Gazette.Highlighting.Lexers;

/// <summary>Rouge's SQL lexer (rouge/lexers/sql.rb).</summary>
internal sealed partial class SqlLexer : RegexLexer
{
    private static readonly FrozenSet<string> Keywords = Words(
        "ABORT ABS ABSOLUTE ACCESS ADA ADD ADMIN AFTER AGGREGATE ALIAS ALL ALLOCATE ALTER ANALYSE ANALYZE AND "
        + "ANY ARE AS ASC ASENSITIVE ASSERTION ASSIGNMENT ASYMMETRIC AT ATOMIC AUTHORIZATION AVG BACKWARD "
        + "BEFORE BEGIN BETWEEN BITVAR BIT_LENGTH BOTH BREADTH BY C CACHE CALL CALLED CARDINALITY CASCADE "
        + "CASCADED CASE CAST CATALOG CATALOG_NAME CHAIN CHARACTERISTICS CHARACTER_LENGTH CHARACTER_SET_CATALOG "
        + "CHARACTER_SET_NAME CHARACTER_SET_SCHEMA CHAR_LENGTH CHECK CHECKED CHECKPOINT CLASS CLASS_ORIGIN CLOB "
        + "CLOSE CLUSTER COALSECE COBOL COLLATE COLLATION COLLATION_CATALOG COLLATION_NAME COLLATION_SCHEMA "
        + "COLUMN COLUMN_NAME COMMAND_FUNCTION COMMAND_FUNCTION_CODE COMMENT COMMIT COMMITTED COMPLETION "
        + "CONDITION_NUMBER CONNECT CONNECTION CONNECTION_NAME CONSTRAINT CONSTRAINTS CONSTRAINT_CATALOG "
        + "CONSTRAINT_NAME CONSTRAINT_SCHEMA CONSTRUCTOR CONTAINS CONTINUE CONVERSION CONVERT COPY "
        + "CORRESPONTING COUNT CREATE CREATEDB CREATEUSER CROSS CUBE CURRENT CURRENT_DATE CURRENT_PATH "
        + "CURRENT_ROLE CURRENT_TIME CURRENT_TIMESTAMP CURRENT_USER CURSOR CURSOR_NAME CYCLE DATA DATABASE "
        + "DATETIME_INTERVAL_CODE DATETIME_INTERVAL_PRECISION DAY DEALLOCATE DECLARE DEFAULT DEFAULTS "
        + "DEFERRABLE DEFERRED DEFINED DEFINER DELETE DELIMITER DELIMITERS DEREF DESC DESCRIBE DESCRIPTOR "
        + "DESTROY DESTRUCTOR DETERMINISTIC DIAGNOSTICS DICTIONARY DISCONNECT DISPATCH DISTINCT DO DOMAIN DROP "
        + "DYNAMIC DYNAMIC_FUNCTION DYNAMIC_FUNCTION_CODE EACH ELSE ENCODING ENCRYPTED END END-EXEC EQUALS "
        + "ESCAPE EVERY EXCEPT ESCEPTION EXCLUDING EXCLUSIVE EXEC EXECUTE EXISTING EXISTS EXPLAIN EXTERNAL "
        + "EXTRACT FALSE FETCH FINAL FIRST FOLLOWING FOR FORCE FOREIGN FORTRAN FORWARD FOUND FREE FREEZE FROM "
        + "FULL FUNCTION G GENERAL GENERATED GET GLOBAL GO GOTO GRANT GRANTED GROUP GROUPING HANDLER HAVING "
        + "HIERARCHY HOLD HOST IDENTITY IGNORE ILIKE IMMEDIATE IMMUTABLE IMPLEMENTATION IMPLICIT IN INCLUDING "
        + "INCREMENT INDEX INDITCATOR INFIX INHERITS INITIALIZE INITIALLY INNER INOUT INPUT INSENSITIVE INSERT "
        + "INSTANTIABLE INSTEAD INTERSECT INTO INVOKER IS ISNULL ISOLATION ITERATE JOIN KEY KEY_MEMBER KEY_TYPE "
        + "LANCOMPILER LANGUAGE LARGE LAST LATERAL LEADING LEFT LENGTH LESS LEVEL LIKE LIMIT LISTEN LOAD LOCAL "
        + "LOCALTIME LOCALTIMESTAMP LOCATION LOCATOR LOCK LOWER MAP MATCH MAX MAXVALUE MESSAGE_LENGTH "
        + "MESSAGE_OCTET_LENGTH MESSAGE_TEXT METHOD MIN MINUTE MINVALUE MOD MODE MODIFIES MODIFY MONTH MORE "
        + "MOVE MUMPS NAMES NATURAL NCLOB NEW NEXT NO NOCREATEDB NOCREATEUSER NONE NOT NOTHING NOTIFY NOTNULL "
        + "NULL NULLABLE NULLIF OBJECT OCTET_LENGTH OF OFF OFFSET OIDS OLD ON ONLY OPEN OPERATION OPERATOR "
        + "OPTION OPTIONS OR ORDER ORDINALITY OUT OUTER OUTPUT OVERLAPS OVERLAY OVERRIDING OWNER PAD PARAMETER "
        + "PARAMETERS PARAMETER_MODE PARAMATER_NAME PARAMATER_ORDINAL_POSITION PARAMETER_SPECIFIC_CATALOG "
        + "PARAMETER_SPECIFIC_NAME PARAMATER_SPECIFIC_SCHEMA PARTIAL PARTITION PASCAL PENDANT PLACING PLI "
        + "POSITION POSTFIX PREFIX PRECEDING PREORDER PREPARE PRESERVE PRIMARY PRIOR PRIVILEGES PROCEDURAL "
        + "PROCEDURE PUBLIC RANGE READ READS RECHECK RECURSIVE REF REFERENCES REFERENCING REINDEX RELATIVE "
        + "RENAME REPEATABLE REPLACE RESET RESTART RESTRICT RESULT RETURN RETURNED_LENGTH RETURNED_OCTET_LENGTH "
        + "RETURNED_SQLSTATE RETURNS REVOKE RIGHT ROLE ROLLBACK ROLLUP ROUTINE ROUTINE_CATALOG ROUTINE_NAME "
        + "ROUTINE_SCHEMA ROW ROWS ROW_COUNT RULE SAVE_POINT SCALE SCHEMA SCHEMA_NAME SCOPE SCROLL SEARCH "
        + "SECOND SECURITY SELECT SELF SENSITIVE SERIALIZABLE SERVER_NAME SESSION SESSION_USER SET SETOF SETS "
        + "SHARE SHOW SIMILAR SIMPLE SIZE SOME SOURCE SPACE SPECIFIC SPECIFICTYPE SPECIFIC_NAME SQL SQLCODE "
        + "SQLERROR SQLEXCEPTION SQLSTATE SQLWARNINIG STABLE START STATE STATEMENT STATIC STATISTICS STDIN "
        + "STDOUT STORAGE STRICT STRUCTURE STYPE SUBCLASS_ORIGIN SUBLIST SUBSTRING SUM SYMMETRIC SYSID SYSTEM "
        + "SYSTEM_USER TABLE TABLE_NAME TEMP TEMPLATE TEMPORARY TERMINATE THAN THEN TIMEZONE_HOUR "
        + "TIMEZONE_MINUTE TO TOAST TRAILING TRANSATION TRANSACTIONS_COMMITTED TRANSACTIONS_ROLLED_BACK "
        + "TRANSATION_ACTIVE TRANSFORM TRANSFORMS TRANSLATE TRANSLATION TREAT TRIGGER TRIGGER_CATALOG "
        + "TRIGGER_NAME TRIGGER_SCHEMA TRIM TRUE TRUNCATE TRUSTED TYPE UNCOMMITTED UNDER UNENCRYPTED UNION "
        + "UNIQUE UNKNOWN UNLISTEN UNNAMED UNNEST UNTIL UPDATE UPPER USAGE USER USER_DEFINED_TYPE_CATALOG "
        + "USER_DEFINED_TYPE_NAME USER_DEFINED_TYPE_SCHEMA USING VACUUM VALID VALIDATOR VALUES VARIABLE VERBOSE "
        + "VERSION VIEW VOLATILE WHEN WHENEVER WHERE WINDOW WITH WITHOUT WORK WRITE ZONE");

    private static readonly FrozenSet<string> Types = Words(
        "ZEROFILL UNSIGNED SIGNED SERIAL BIT TINYINT BOOL BOOLEAN SMALLINT MEDIUMINT INT INTEGER BIGINT "
        + "DECIMAL DEC NUMERIC FIXED FLOAT DOUBLE PRECISION REAL DATE DATETIME TIMESTAMP TIME YEAR NATIONAL "
        + "CHAR CHARACTER NCHAR BYTE VARCHAR VARYING BINARY VARBINARY TINYBLOB TINYTEXT BLOB TEXT MEDIUMBLOB "
        + "MEDIUMTEXT LONGBLOB LONGTEXT ENUM");

    private static readonly LexerDefinition States = Define();

    protected override LexerDefinition Definition => States;

    private static FrozenSet<string> Words(string words) =>
        FrozenSet.ToFrozenSet(words.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    private static LexerDefinition Define()
    {
        var d = new LexerDefinitionBuilder<SqlLexer>();
        d.State("root")
            .Rule(Spaces(), Text)
            .Rule(LineComment(), CommentSingle)
            .Rule(CommentStart(), CommentMultiline, "multiline_comments")
            .Rule(Integer(), NumInteger)
            .Rule(SingleQuote(), StrSingle, "single_string")
            .Rule(DoubleQuote(), NameVariable, "double_string")
            .Rule(Backtick(), NameVariable, "backtick")
            .Rule(Word(), (lx, m) =>
            {
                var upper = m.Value.ToUpperInvariant();
                lx.Token(Types.Contains(upper) ? NameBuiltin : Keywords.Contains(upper) ? Keyword : Name, m.Value);
            })
            .Rule(OperatorChar(), Operator)
            .Rule(PunctuationChar(), Punctuation);
        d.State("multiline_comments")
            .Rule(CommentStart(), CommentMultiline, "multiline_comments")
            .Rule(CommentEnd(), CommentMultiline, "#pop")
            .Rule(CommentChars(), CommentMultiline)
            .Rule(SlashOrStar(), CommentMultiline);
        d.State("backtick")
            .Rule(EscapedChar(), StrEscape)
            .Rule(DoubledBacktick(), StrEscape)
            .Rule(Backtick(), NameVariable, "#pop")
            .Rule(BacktickChars(), NameVariable);
        d.State("single_string")
            .Rule(EscapedChar(), StrEscape)
            .Rule(DoubledSingleQuote(), StrEscape)
            .Rule(SingleQuote(), StrSingle, "#pop")
            .Rule(SingleQuotedChars(), StrSingle);
        d.State("double_string")
            .Rule(EscapedChar(), StrEscape)
            .Rule(DoubledDoubleQuote(), StrEscape)
            .Rule(DoubleQuote(), NameVariable, "#pop")
            .Rule(DoubleQuotedChars(), NameVariable);
        return d.Build();
    }

    [GeneratedRegex(@"\G\s+")]
    private static partial Regex Spaces();
    [GeneratedRegex(@"\G--.*")]
    private static partial Regex LineComment();
    [GeneratedRegex(@"\G/\*")]
    private static partial Regex CommentStart();
    [GeneratedRegex(@"\G[*]/")]
    private static partial Regex CommentEnd();
    [GeneratedRegex(@"\G[^/*]+")]
    private static partial Regex CommentChars();
    [GeneratedRegex(@"\G[/*]")]
    private static partial Regex SlashOrStar();
    [GeneratedRegex(@"\G\d+")]
    private static partial Regex Integer();
    [GeneratedRegex(@"\G'")]
    private static partial Regex SingleQuote();
    [GeneratedRegex(@"\G""")]
    private static partial Regex DoubleQuote();
    [GeneratedRegex(@"\G`")]
    private static partial Regex Backtick();
    [GeneratedRegex(@"\G\w[\w\d]*")]
    private static partial Regex Word();
    [GeneratedRegex(@"\G[+*/<>=~!@#%&|?^-]")]
    private static partial Regex OperatorChar();
    [GeneratedRegex(@"\G[;:()\[\]\{\},.]")]
    private static partial Regex PunctuationChar();
    [GeneratedRegex(@"\G\\.")]
    private static partial Regex EscapedChar();
    [GeneratedRegex(@"\G``")]
    private static partial Regex DoubledBacktick();
    [GeneratedRegex(@"\G[^\\`]+")]
    private static partial Regex BacktickChars();
    [GeneratedRegex(@"\G''")]
    private static partial Regex DoubledSingleQuote();
    [GeneratedRegex(@"\G[^\\']+")]
    private static partial Regex SingleQuotedChars();
    [GeneratedRegex(@"\G""""")]
    private static partial Regex DoubledDoubleQuote();
    [GeneratedRegex(@"\G[^\\""]+")]
    private static partial Regex DoubleQuotedChars();
}
