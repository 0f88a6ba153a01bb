using System.Runtime.CompilerServices;

namespace Pendulum.Scan;

/// <summary>
/// Counts per non-negative 64-bit key in one open-addressed table. A filtered ingest counts about a third of all GDELT
/// rows toward a listed country's day; a <see cref="Dictionary{TKey,TValue}"/> of longs is generic code the runtime
/// compiles at run time and starts unoptimised, while this stays small enough to inline into the scan loop.
/// </summary>
internal sealed class KeyCounts
{
    // Keys are stored plus one, so that 0 marks an empty slot.
    private long[] _keys = new long[256];
    private long[] _counts = new long[256];
    private int _used;

    /// <summary>Adds one to <paramref name="key"/>'s count.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Increment(long key)
    {
        var stored = key + 1;
        var mask = _keys.Length - 1;
        var slot = Slot(stored, mask);
        while (true)
        {
            var at = _keys[slot];
            if (at == stored)
            {
                _counts[slot]++;
                return;
            }

            if (at == 0)
            {
                Add(slot, stored);
                return;
            }

            slot = (slot + 1) & mask;
        }
    }

    /// <summary>Every key counted, with its count, in no particular order.</summary>
    public IEnumerable<(long Key, long Count)> Entries()
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            if (_keys[i] != 0)
                yield return (_keys[i] - 1, _counts[i]);
        }
    }

    // Fibonacci hashing: day numbers times a few countries are close together, and the top bits of the product spread them.
    private static int Slot(long stored, int mask) => (int)((ulong)stored * 0x9E3779B97F4A7C15UL >> 40) & mask;

    private void Add(int slot, long stored)
    {
        _keys[slot] = stored;
        _counts[slot] = 1;
        // Half full at most, so that probes stay short.
        if (++_used * 2 > _keys.Length)
            Grow();
    }

    private void Grow()
    {
        var (keys, counts) = (_keys, _counts);
        _keys = new long[keys.Length * 2];
        _counts = new long[keys.Length * 2];
        var mask = _keys.Length - 1;
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] == 0)
                continue;
            var slot = Slot(keys[i], mask);
            while (_keys[slot] != 0)
                slot = (slot + 1) & mask;
            _keys[slot] = keys[i];
            _counts[slot] = counts[i];
        }
    }
}
