namespace Pendulum.Scan;

/// <summary>
/// Rows inflated from a zip member into one buffer: whole rows in <c>[0, Limit)</c>, each ending with its newline;
/// the bytes from <see cref="Limit"/> to <see cref="Held"/> begin the next row and go to the next chunk. A chunk
/// with no whole row (<see cref="Limit"/> 0) that is not the <see cref="Last"/> holds the start of a row longer than
/// its buffer.
/// </summary>
internal readonly record struct ZipChunk(byte[] Buffer, int Limit, int Held, bool Last)
{
    /// <summary>True when the buffer filled up inside one row: only a larger buffer can hold it.</summary>
    public bool RowTooLong => Limit == 0 && !Last;
}

/// <summary>
/// Cuts a zip member's rows into chunks of whole rows, in order, on one thread (a member can only be inflated from
/// its start): the pair scan reads them as they come, the filtered ingest hands them to its filter threads. Each
/// buffer keeps <see cref="SeparatorMasks.Padding"/> spare bytes past its rows for the mask loads.
/// </summary>
internal sealed class ZipChunks(ZipMember member, string path)
{
    public long CompressedPosition => member.CompressedPosition;

    public long CompressedLength => member.CompressedLength;

    /// <summary>
    /// A buffer for chunks of up to <paramref name="chunkBytes"/> bytes of rows, not zeroed: bytes past a chunk's rows
    /// are loaded by the 64-byte compares but never counted, so their values cannot matter (as in <see cref="ChunkReader"/>).
    /// </summary>
    public static byte[] NewBuffer(int chunkBytes) => GC.AllocateUninitializedArray<byte>(chunkBytes + SeparatorMasks.Padding + 1);

    /// <summary>
    /// Fills <paramref name="buffer"/> (made by <see cref="NewBuffer"/>) with the start of a row that
    /// <paramref name="previous"/> left over, then with inflated bytes, up to the last whole row; at the member's end a
    /// last row without a newline is given one. The buffer may be <paramref name="previous"/>'s own.
    /// </summary>
    public ZipChunk Next(byte[] buffer, ZipChunk? previous = null)
    {
        var held = 0;
        if (previous is { } p)
        {
            // CopyTo moves overlapping bytes correctly when the buffer is previous's own.
            p.Buffer.AsSpan(p.Limit, p.Held - p.Limit).CopyTo(buffer);
            held = p.Held - p.Limit;
        }

        var wanted = buffer.Length - SeparatorMasks.Padding - 1 - held;
        var read = Read(buffer.AsSpan(held, wanted));
        held += read;
        var last = read < wanted; // ReadAtLeast stops short only at the end of the member
        var limit = buffer.AsSpan(0, held).LastIndexOf((byte)'\n') + 1;
        if (last && limit < held)
        {
            buffer[held++] = (byte)'\n';
            limit = held;
        }

        return new ZipChunk(buffer, limit, held, last);
    }

    private int Read(Span<byte> into)
    {
        try
        {
            return member.Data.ReadAtLeast(into, into.Length, throwOnEndOfStream: false);
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            throw new InputOutputException($"cannot read the zip member: {e.Message}", path, e);
        }
    }
}
