using System.Globalization;

namespace Pendulum.Bench;

/// <summary>
/// Parses sizes such as <c>100MB</c>, <c>1GB</c>, <c>1.5GB</c>, <c>512KiB</c> or <c>5000000</c>.
/// KB/MB/GB/TB are powers of 1000 (so MB/s figures divide by 10^6 too); KiB/MiB/GiB/TiB are powers of 1024.
/// </summary>
public static class ByteSize
{
    private static readonly (string Suffix, long Factor)[] Units =
    [
        ("KiB", 1L << 10), ("MiB", 1L << 20), ("GiB", 1L << 30), ("TiB", 1L << 40),
        ("KB", 1_000L), ("MB", 1_000_000L), ("GB", 1_000_000_000L), ("TB", 1_000_000_000_000L),
        ("B", 1L),
    ];

    public static bool TryParse(string? text, out long bytes)
    {
        bytes = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var span = text.AsSpan().Trim();
        long factor = 1;
        foreach (var (suffix, unitFactor) in Units)
        {
            if (span.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                span = span[..^suffix.Length].TrimEnd();
                factor = unitFactor;
                break;
            }
        }
        if (!decimal.TryParse(span, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }
        var value = decimal.Round(number * factor);
        if (value > long.MaxValue)
        {
            return false;
        }
        bytes = (long)value;
        return true;
    }
}
