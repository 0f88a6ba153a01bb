using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Pendulum.Scan;

/// <summary>
/// Finds a GDELT row's tabs 64 bytes at a time: one vector compare gives a bit per byte, and the n-th field start
/// is then a matter of counting bits. This is what lets the scan pass over the columns it does not read without
/// looking at their bytes one by one.
/// </summary>
internal static class SeparatorMasks
{
    /// <summary>Bytes every buffer must hold past its last newline, because a mask load reads 64 at a time.</summary>
    public const int Padding = 64;

    /// <summary>
    /// The index just past the <paramref name="tabs"/>-th tab at or after <paramref name="from"/>, or, when the row's
    /// newline comes first, the bitwise complement (<c>~</c>) of that newline's index.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int SkipFields(ref byte buffer, int from, int tabs)
    {
        var at = from;
        while (true)
        {
            Load(ref Unsafe.Add(ref buffer, at), out var tabBits, out var newlineBits);
            // Only the tabs before this block's first newline belong to the row; with no newline, all of them do.
            tabBits &= (newlineBits & (0 - newlineBits)) - 1;
            var found = BitOperations.PopCount(tabBits);
            if (found >= tabs)
            {
                for (var k = 1; k < tabs; k++)
                    tabBits &= tabBits - 1;
                return at + BitOperations.TrailingZeroCount(tabBits) + 1;
            }
            if (newlineBits != 0)
                return ~(at + BitOperations.TrailingZeroCount(newlineBits));
            tabs -= found;
            at += 64;
        }
    }

    /// <summary>Bit i of <paramref name="tabs"/> (<paramref name="newlines"/>) is set when byte i is a tab (newline).</summary>
    // The JIT drops the non-ASCII mask where, as here, nothing reads it.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Load(ref byte at, out ulong tabs, out ulong newlines) => Load(ref at, out tabs, out newlines, out _);

    /// <summary>
    /// As <see cref="Load(ref byte, out ulong, out ulong)"/>, and bit i of <paramref name="nonAscii"/> is set when byte i
    /// is not ASCII: rows without such a byte need no UTF-8 check, which makes that check nearly free on GDELT.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Load(ref byte at, out ulong tabs, out ulong newlines, out ulong nonAscii)
    {
        if (Vector512.IsHardwareAccelerated)
        {
            var block = Vector512.LoadUnsafe(ref at);
            tabs = Vector512.Equals(block, Vector512.Create((byte)'\t')).ExtractMostSignificantBits();
            newlines = Vector512.Equals(block, Vector512.Create((byte)'\n')).ExtractMostSignificantBits();
            nonAscii = block.ExtractMostSignificantBits();
        }
        else if (Vector256.IsHardwareAccelerated)
        {
            var low = Vector256.LoadUnsafe(ref at);
            var high = Vector256.LoadUnsafe(ref Unsafe.Add(ref at, 32));
            tabs = Vector256.Equals(low, Vector256.Create((byte)'\t')).ExtractMostSignificantBits()
                | ((ulong)Vector256.Equals(high, Vector256.Create((byte)'\t')).ExtractMostSignificantBits() << 32);
            newlines = Vector256.Equals(low, Vector256.Create((byte)'\n')).ExtractMostSignificantBits()
                | ((ulong)Vector256.Equals(high, Vector256.Create((byte)'\n')).ExtractMostSignificantBits() << 32);
            nonAscii = low.ExtractMostSignificantBits() | ((ulong)high.ExtractMostSignificantBits() << 32);
        }
        else
        {
            tabs = 0;
            newlines = 0;
            nonAscii = 0;
            for (var part = 0; part < 4; part++)
            {
                var block = Vector128.LoadUnsafe(ref Unsafe.Add(ref at, part * 16));
                tabs |= (ulong)Vector128.Equals(block, Vector128.Create((byte)'\t')).ExtractMostSignificantBits() << (part * 16);
                newlines |= (ulong)Vector128.Equals(block, Vector128.Create((byte)'\n')).ExtractMostSignificantBits() << (part * 16);
                nonAscii |= (ulong)block.ExtractMostSignificantBits() << (part * 16);
            }
        }
    }
}
