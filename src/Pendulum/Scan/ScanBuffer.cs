namespace Pendulum.Scan;

/// <summary>
/// One thread's read buffer, kept from file to file. A run of thousands of small files (a year of 15-minute GDELT
/// exports is 35,000) would otherwise make a buffer per file on the large object heap: fresh pages to fault in as
/// they are filled, and full collections to give them back.
/// </summary>
internal sealed class ScanBuffer
{
    private byte[]? _bytes;

    /// <summary>A buffer of at least <paramref name="length"/> bytes, not zeroed: the one kept, when it is long enough.</summary>
    public byte[] Rent(int length)
    {
        if (_bytes is null || _bytes.Length < length)
            _bytes = GC.AllocateUninitializedArray<byte>(length);
        return _bytes;
    }

    /// <summary>Keeps <paramref name="bytes"/>, a buffer its user had to make larger, for the next file.</summary>
    public void Keep(byte[] bytes) => _bytes = bytes;
}
