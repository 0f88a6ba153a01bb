using Microsoft.Win32.SafeHandles;

namespace Pendulum.Scan;

/// <summary>
/// Reads chunk k of a file so that it holds exactly the rows that start inside it, each ending with its newline,
/// with <see cref="SeparatorMasks.Padding"/> bytes to spare. A row belongs to the chunk its first byte is in; the
/// byte before the chunk tells whether a row starts right at its beginning. One reader per thread, one buffer each:
/// memory does not grow with the file. The buffer may be a thread's <see cref="ScanBuffer"/>, kept from file to file.
/// </summary>
internal sealed class ChunkReader(SafeFileHandle file, long length, int chunkBytes, string path, ScanBuffer? kept = null)
{
    /// <summary>Bytes read past the chunk's end to finish its last row; doubled while the row goes on.</summary>
    private const int Lookahead = 64 << 10;

    /// <summary>No real GDELT row comes near this; a file without newlines should fail, not fill memory.</summary>
    private const int MaxRowBytes = 16 << 20;

    // Not zeroed: the bytes after the data's last newline are loaded by the 64-byte compares but never counted (a row
    // ends at its newline), so their values cannot matter, and zeroing 4 MiB per thread is a visible cost on small files.
    // A file shorter than a chunk gets a buffer of its own size: a run of 15-minute exports makes one per file.
    private byte[] _buffer = Buffer((int)Math.Min(chunkBytes + 1L + Lookahead, length + 1) + SeparatorMasks.Padding + 1, kept);

    public int ChunkCount => (int)((length + chunkBytes - 1) / chunkBytes);

    /// <summary>Opens <paramref name="path"/> for positional reads by any number of chunk readers.</summary>
    /// <exception cref="InputOutputException">The file cannot be opened.</exception>
    public static SafeFileHandle Open(string path)
    {
        try
        {
            return File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputOutputException($"cannot open: {e.Message}", path, e);
        }
    }

    /// <summary>
    /// Reads chunk <paramref name="index"/>. Rows start at <paramref name="first"/> and before <paramref name="limit"/>;
    /// <paramref name="bufferOffset"/> is the file offset of the buffer's first byte.
    /// </summary>
    public byte[] Read(int index, out int first, out int limit, out long bufferOffset)
    {
        var start = (long)index * chunkBytes;
        var end = Math.Min(start + chunkBytes, length);
        bufferOffset = index == 0 ? 0 : start - 1;
        limit = (int)(end - bufferOffset);
        var filled = Fill(0, bufferOffset, Math.Min(limit + Lookahead, length - bufferOffset));

        first = 0;
        if (index > 0)
        {
            var newline = _buffer.AsSpan(0, limit).IndexOf((byte)'\n');
            if (newline < 0)
            {
                // A row that began in an earlier chunk runs through the whole of this one.
                first = limit;
                return _buffer;
            }
            first = newline + 1;
        }

        // The last row that starts before the limit ends at the first newline from limit - 1 on.
        var searched = limit - 1;
        while (true)
        {
            var newline = _buffer.AsSpan(searched, filled - searched).IndexOf((byte)'\n');
            if (newline >= 0)
                return _buffer;
            searched = filled;
            if (bufferOffset + filled == length)
            {
                // The file's last row has no newline: give it one.
                _buffer[filled] = (byte)'\n';
                return _buffer;
            }
            if (filled - limit > MaxRowBytes)
                throw new BadDataException($"a row runs on for more than {MaxRowBytes >> 20} MiB without a newline; is this a GDELT export?", path);
            filled = Fill(filled, bufferOffset + filled, Math.Min(filled - limit + Lookahead, length - bufferOffset - filled));
        }
    }

    /// <summary>Reads <paramref name="count"/> bytes at <paramref name="fileOffset"/> into the buffer from <paramref name="at"/>.</summary>
    private int Fill(int at, long fileOffset, long count)
    {
        var needed = at + (int)count + 1 + SeparatorMasks.Padding;
        if (needed > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(needed, _buffer.Length * 2));
            kept?.Keep(_buffer);
        }
        var target = _buffer.AsSpan(at, (int)count);
        try
        {
            while (!target.IsEmpty)
            {
                var read = RandomAccess.Read(file, target, fileOffset);
                if (read == 0)
                    throw new InputOutputException("the file got shorter while it was being read", path);
                target = target[read..];
                fileOffset += read;
            }
        }
        catch (IOException e)
        {
            throw new InputOutputException($"cannot read: {e.Message}", path, e);
        }
        return at + (int)count;
    }

    private static byte[] Buffer(int length, ScanBuffer? kept) => kept?.Rent(length) ?? GC.AllocateUninitializedArray<byte>(length);
}
