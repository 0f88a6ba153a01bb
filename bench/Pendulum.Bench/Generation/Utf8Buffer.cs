using System.Buffers.Text;
using System.Globalization;

namespace Pendulum.Bench.Generation;

/// <summary>
/// A fixed-size byte buffer rows are composed in. No bounds checks beyond the array's own: the caller keeps
/// at least one maximal row of room free (<see cref="Free"/>) and flushes before that runs out.
/// </summary>
internal sealed class Utf8Buffer(int capacity)
{
    private readonly byte[] _bytes = new byte[capacity];

    public int Length { get; private set; }

    public int Free => _bytes.Length - Length;

    public ReadOnlySpan<byte> Written => _bytes.AsSpan(0, Length);

    public void Append(byte value) => _bytes[Length++] = value;

    public void Append(ReadOnlySpan<byte> value)
    {
        value.CopyTo(_bytes.AsSpan(Length));
        Length += value.Length;
    }

    public void AppendTab() => _bytes[Length++] = (byte)'\t';

    public void Append(long value)
    {
        Utf8Formatter.TryFormat(value, _bytes.AsSpan(Length), out var written);
        Length += written;
    }

    /// <summary>The shortest text that reads back as the same double (<c>-1.45</c>, <c>-6.904487917146139</c>), as GDELT writes AvgTone.</summary>
    public void Append(double value)
    {
        value.TryFormat(_bytes.AsSpan(Length), out var written, default, CultureInfo.InvariantCulture);
        Length += written;
    }

    /// <summary><paramref name="value"/> in exactly <paramref name="width"/> digits, zero-padded (<c>05</c>).</summary>
    public void AppendDigits(int value, int width)
    {
        for (var i = Length + width - 1; i >= Length; i--)
        {
            _bytes[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
        Length += width;
    }

    /// <summary>Drops everything from <paramref name="length"/> on.</summary>
    public void Truncate(int length) => Length = length;

    public void Clear() => Length = 0;

    public void WriteTo(Stream output) => output.Write(_bytes, 0, Length);
}
