using Pendulum.Scan;

namespace Pendulum.Ingest;

/// <summary>
/// Rows inflated from a zip member into one buffer: whole rows in <c>[0, Limit)</c>, each ending with its newline;
/// the bytes from <see cref="Limit"/> to <see cref="Held"/> begin the next row and go to the next chunk.
/// </summary>
internal readonly record struct ZipChunk(byte[] Buffer, int Limit, int Held, bool Last);

/// <summary>
/// Cuts a zip member's rows into chunks of whole rows, in order, on one thread (a member can only be inflated from
/// its start). Each buffer keeps <see cref="SeparatorMasks.Padding"/> spare bytes past its rows for the mask loads.
/// </summary>
internal sealed class ZipChunks(ZipMember member, string path)
{
    /// <summary>Bytes of a chunk buffer: a content-hash block's worth of rows, plus the spare bytes and a newline.</summary>
    public const int BufferBytes = ContentHash.BlockBytes + SeparatorMasks.Padding + 1;

    private const int Capacity = ContentHash.BlockBytes;

    /// <summary>
    /// A chunk buffer, not zeroed: bytes past a chunk's rows are loaded by the 64-byte compares but never counted,
    /// so their values cannot matter (as in <see cref="ChunkReader"/>).
    /// </summary>
    public static byte[] NewBuffer() => GC.AllocateUninitializedArray<byte>(BufferBytes);

    public long CompressedPosition => member.CompressedPosition;

    public long CompressedLength => member.CompressedLength;

    /// <summary>
    /// Fills <paramref name="buffer"/> with the start of a row that <paramref name="previous"/> left over, then with
    /// inflated bytes, up to the last whole row; at the member's end a last row without a newline is given one. Null
    /// when a full buffer holds no newline (a row longer than 4 MiB).
    /// </summary>
    public ZipChunk? Next(byte[] buffer, ZipChunk? previous = null)
    {
        var held = 0;
        if (previous is { } p)
        {
            // The same buffer may come back from the pool: CopyTo moves overlapping bytes correctly.
            p.Buffer.AsSpan(p.Limit, p.Held - p.Limit).CopyTo(buffer);
            held = p.Held - p.Limit;
        }

        var wanted = Capacity - held;
        if (wanted == 0)
            return null;
        var read = Read(buffer.AsSpan(held, wanted));
        held += read;
        var last = read < wanted; // ReadAtLeast stops short only at the end of the member
        var limit = buffer.AsSpan(0, held).LastIndexOf((byte)'\n') + 1;
        if (last && limit < held)
        {
            buffer[held++] = (byte)'\n';
            limit = held;
        }

        if (!last && limit == 0)
            return null;
        return new ZipChunk(buffer, limit, held, last);
    }

    private int Read(Span<byte> into)
    {
        try
        {
            return member.Data.ReadAtLeast(into, into.Length, throwOnEndOfStream: false);
        }
        catch (Exception e) when (e is IOException or System.IO.InvalidDataException)
        {
            throw new InputOutputException($"cannot read the zip member: {e.Message}", path, e);
        }
    }
}
