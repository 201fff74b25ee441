using System.Globalization;
using System.Text;

namespace Gazette.Liquid.Runtime;

/// <summary>Ruby's <c>CGI.escape</c> and <c>CGI.unescape</c> (form encoding: a space is <c>+</c>).</summary>
internal static class RubyCgi
{
    // Ruby: CGI.escape keeps a-z A-Z 0-9 _ . - ~ and turns spaces into "+".
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            var c = (char)b;
            if (b < 128 && (char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-' or '~'))
            {
                sb.Append(c);
            }
            else if (c == ' ')
            {
                sb.Append('+');
            }
            else
            {
                sb.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }
        return sb.ToString();
    }

    // Ruby: CGI.unescape — "+" is a space, %XX a byte; the bytes must be valid UTF-8.
    public static string Unescape(string text)
    {
        var bytes = new List<byte>(text.Length);
        var source = Encoding.UTF8.GetBytes(text);
        for (var i = 0; i < source.Length; i++)
        {
            var b = source[i];
            if (b == '+')
            {
                bytes.Add((byte)' ');
            }
            else if (b == '%' && i + 2 < source.Length && IsHex(source[i + 1]) && IsHex(source[i + 2]))
            {
                bytes.Add(byte.Parse(Encoding.ASCII.GetString(source, i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 2;
            }
            else
            {
                bytes.Add(b);
            }
        }
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString([.. bytes]);
        }
        catch (DecoderFallbackException)
        {
            throw new LiquidException("invalid byte sequence in UTF-8");
        }
    }

    private static bool IsHex(byte b) => b is (>= (byte)'0' and <= (byte)'9') or (>= (byte)'a' and <= (byte)'f') or (>= (byte)'A' and <= (byte)'F');
}
