namespace Pendulum.Internals;

/// <summary>
/// The xoshiro256** generator (Blackman and Vigna 2018), seeded through SplitMix64 as its authors recommend. A value
/// type with four fields, so a hot loop that copies it into a local keeps its state in registers. Ours rather than
/// <see cref="System.Random"/> so a seed gives the same numbers on every .NET version and platform.
/// </summary>
internal struct Xoshiro256StarStar
{
    /// <summary>2^32: probabilities are compared as 32-bit thresholds (see <see cref="Threshold"/>).</summary>
    private const double TwoToThe32 = 4294967296.0;

    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    /// <summary>A generator whose four state words are the next four outputs of SplitMix64 started at <paramref name="seed"/>.</summary>
    public Xoshiro256StarStar(ulong seed)
    {
        var x = seed;
        _s0 = SplitMix64(ref x);
        _s1 = SplitMix64(ref x);
        _s2 = SplitMix64(ref x);
        _s3 = SplitMix64(ref x);
    }

    /// <summary>
    /// The generator of run <paramref name="run"/> under master seed <paramref name="seed"/>: the SplitMix64 start is
    /// <c>mix(seed) XOR mix(run + golden gamma)</c>, a function of the pair alone, so a run draws the same numbers
    /// whichever thread plays it and in whatever order. (Adding the run index to the seed instead would make run r+1's
    /// state run r's shifted by one word.)
    /// </summary>
    public static Xoshiro256StarStar ForRun(ulong seed, long run) =>
        new(Mix(seed) ^ Mix(unchecked((ulong)run + 0x9E3779B97F4A7C15UL)));

    /// <summary>
    /// A probability as a threshold on 32 random bits: <c>NextUInt32() &lt; Threshold(p)</c> holds with probability
    /// <c>round(p 2^32) / 2^32</c>, within 2^-33 of p; 0 never holds and 1 (2^32) always does.
    /// </summary>
    public static ulong Threshold(double probability) => (ulong)Math.Round(Math.Clamp(probability, 0, 1) * TwoToThe32);

    /// <summary>The next 64 uniformly distributed bits.</summary>
    public ulong NextUInt64()
    {
        var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        var shifted = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= shifted;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>The next 32 uniformly distributed bits (the high half of a 64-bit output, the better half).</summary>
    public uint NextUInt32() => (uint)(NextUInt64() >> 32);

    /// <summary>True with the probability that <paramref name="threshold"/> stands for (see <see cref="Threshold"/>).</summary>
    public bool Below(ulong threshold) => NextUInt32() < threshold;

    private static ulong SplitMix64(ref ulong state) => Mix(state += 0x9E3779B97F4A7C15UL);

    /// <summary>SplitMix64's output function (Stafford's variant 13), a bijection on 64-bit words.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
