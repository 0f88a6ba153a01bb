using System.Runtime.CompilerServices;
using System.Text;

namespace Pendulum.Internals;

/// <summary>
/// Turns short UTF-8 fields into strings, handing back the same string when the same bytes come again. Event data
/// repeats itself: a GDELT file has a few hundred country, type and CAMEO codes and a few thousand actor and place
/// names, so most fields are found here instead of becoming a new string for the garbage collector each time.
/// </summary>
/// <remarks>
/// Direct-mapped and fixed in size: a slot holds the last value that hashed to it, so memory is bounded and a
/// field seen once costs one lookup more than decoding it. Not thread-safe: one per reading thread.
/// </remarks>
internal sealed class Utf8StringCache
{
    /// <summary>Fields longer than this are decoded each time: long values (URLs, full names) rarely repeat.</summary>
    public const int MaxBytes = 40;

    private const int Slots = 4096;

    private readonly byte[][] _keys = new byte[Slots][];
    private readonly string[] _values = new string[Slots];

    /// <summary>The string <paramref name="utf8"/> decodes to (which must be valid UTF-8).</summary>
    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length == 0)
            return "";
        if (utf8.Length > MaxBytes)
            return Encoding.UTF8.GetString(utf8);
        var slot = Slot(utf8);
        var key = _keys[slot];
        if (key is not null && utf8.SequenceEqual(key))
            return _values[slot];
        var value = Encoding.UTF8.GetString(utf8);
        _keys[slot] = utf8.ToArray();
        _values[slot] = value;
        return value;
    }

    // FNV-1a over the bytes: the values are short, and it spreads codes that differ in one letter.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Slot(ReadOnlySpan<byte> utf8)
    {
        var hash = 2166136261u;
        foreach (var b in utf8)
            hash = (hash ^ b) * 16777619u;
        return (int)(hash ^ (hash >> 16)) & (Slots - 1);
    }
}
