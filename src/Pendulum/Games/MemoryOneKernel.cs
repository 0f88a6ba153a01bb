using Pendulum.Internals;

namespace Pendulum.Games;

/// <summary>
/// The fast path for a match between two memory-one strategies: one 64-bit random draw per turn (its low 32 bits
/// decide A's move, its high 32 bits B's), noise folded into the cooperation probabilities, moves kept as 0/1 integers
/// so a turn is table look-ups, subtractions and shifts with no branch, and no allocation.
/// </summary>
internal static class MemoryOneKernel
{
    private const ulong Low32 = 0xFFFF_FFFFUL;

    /// <summary>Plays one match; <paramref name="random"/> is advanced by exactly <paramref name="turns"/> draws.</summary>
    public static MatchOutcome Play(in MemoryOneThresholds a, in MemoryOneThresholds b, int turns, ref Xoshiro256StarStar random)
    {
        // Look-up by state (my defection << 1 | their defection): CC, CD, DC, DD.
        ReadOnlySpan<ulong> byStateA = [a.CC, a.CD, a.DC, a.DD];
        ReadOnlySpan<ulong> byStateB = [b.CC, b.CD, b.DC, b.DD];
        var rng = random; // a local copy keeps the generator's four words in registers

        var r = rng.NextUInt64();
        var defectA = Defects(r & Low32, a.First);
        var defectB = Defects(r >> 32, b.First);
        ulong defectionsA = defectA, defectionsB = defectB, both = defectA & defectB;
        for (var turn = 1; turn < turns; turn++)
        {
            r = rng.NextUInt64();
            var nextA = Defects(r & Low32, byStateA[(int)(defectA << 1 | defectB)]);
            var nextB = Defects(r >> 32, byStateB[(int)(defectB << 1 | defectA)]);
            defectA = nextA;
            defectB = nextB;
            defectionsA += defectA;
            defectionsB += defectB;
            both += defectA & defectB;
        }

        random = rng;
        return MatchOutcome.FromDefections(turns, (int)defectionsA, (int)defectionsB, (int)both);
    }

    /// <summary>1 if the 32-bit draw <paramref name="u"/> is at or above the cooperation threshold, else 0, without a branch:
    /// both are below 2^33, so <c>u - threshold</c> wraps to a number with its top bit set exactly when u &lt; threshold.</summary>
    private static ulong Defects(ulong u, ulong threshold) => ((u - threshold) >> 63) ^ 1;
}
