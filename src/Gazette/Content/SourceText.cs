using System.Buffers;
using System.Text;

namespace Gazette.Content;

/// <summary>
/// Reads a source file as text, as Jekyll does with <c>File.read(path, encoding: "bom|utf-8")</c>: UTF-8, a leading
/// byte order mark dropped.
/// </summary>
/// <remarks>
/// Posts are read twice per build (front matter first, the body again when the post renders), so this is on the
/// hot path. <c>File.ReadAllText</c> goes through a 4 KB stream buffer: an average post costs three reads plus the
/// open's stat; one read of the file's known length costs one.
/// </remarks>
internal static class SourceText
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static string Read(string path) => Read(path, 0);

    /// <summary>
    /// The text from character <paramref name="start"/> on, as <c>Read(path)[start..]</c> gives it. A post's body
    /// is read again when it renders; when the text before it (the front matter) is ASCII, its characters are its
    /// bytes, and only the body is decoded.
    /// </summary>
    public static string ReadFrom(string path, int start) => Read(path, start);

    private static string Read(string path, int start)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read);
        var length = RandomAccess.GetLength(handle);
        if (length > int.MaxValue / 2)
        {
            throw new IOException($"{path} is too large to read ({length} bytes)");
        }
        var buffer = ArrayPool<byte>.Shared.Rent((int)length + 1);
        try
        {
            // Read one byte past the stated length: a file that grows while it is read still reads whole.
            var read = ReadFully(handle, buffer, 0);
            while (read == buffer.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                buffer.AsSpan(0, read).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = larger;
                read = ReadFully(handle, buffer, read);
            }
            return Decode(buffer.AsSpan(0, read), path, start);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static int ReadFully(Microsoft.Win32.SafeHandles.SafeFileHandle handle, byte[] buffer, int offset)
    {
        while (offset < buffer.Length)
        {
            var n = RandomAccess.Read(handle, buffer.AsSpan(offset), offset);
            if (n == 0)
            {
                break;
            }
            offset += n;
        }
        return offset;
    }

    private static string Decode(ReadOnlySpan<byte> bytes, string path, int start)
    {
        // A UTF-16 or UTF-32 byte order mark: rare enough to leave to the framework's detection.
        if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..] or [0x00, 0x00, 0xFE, 0xFF, ..])
        {
            return File.ReadAllText(path)[start..];
        }
        if (bytes is [0xEF, 0xBB, 0xBF, ..])
        {
            bytes = bytes[3..];
        }
        if (start == 0)
        {
            return Utf8.GetString(bytes);
        }
        return start <= bytes.Length && System.Text.Ascii.IsValid(bytes[..start])
            ? Utf8.GetString(bytes[start..])
            : Utf8.GetString(bytes)[start..];
    }
}
