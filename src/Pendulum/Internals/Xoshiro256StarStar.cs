namespace Pendulum.Internals;

/// <summary>
/// The xoshiro256** generator (Blackman and Vigna, 2018), seeded through SplitMix64 as its authors recommend.
/// Ours rather than <see cref="Random"/> so a seed gives the same sequence on every .NET version and platform: a
/// simulation run must be reproducible from (master seed, run index) alone.
/// </summary>
internal sealed class Xoshiro256StarStar
{
    private const double UnitScale = 1.0 / (1UL << 53);

    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    public Xoshiro256StarStar(ulong seed) => Reseed(seed);

    /// <summary>
    /// The generator of run <paramref name="run"/> under <paramref name="masterSeed"/>: the two are mixed through
    /// SplitMix64 first, so neighbouring runs (and neighbouring master seeds) get unrelated streams.
    /// </summary>
    public static ulong RunSeed(ulong masterSeed, long run)
    {
        var x = masterSeed;
        var a = SplitMix64(ref x);
        x = a ^ (ulong)run;
        return SplitMix64(ref x);
    }

    /// <summary>Restarts the stream from <paramref name="seed"/> (lets one instance serve many runs).</summary>
    public void Reseed(ulong seed)
    {
        var x = seed;
        _s0 = SplitMix64(ref x);
        _s1 = SplitMix64(ref x);
        _s2 = SplitMix64(ref x);
        _s3 = SplitMix64(ref x);
    }

    /// <summary>The next 64 uniformly distributed bits.</summary>
    public ulong NextUInt64()
    {
        var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * UnitScale;

    /// <summary>True with probability <paramref name="probability"/> (always false at 0, always true at 1).</summary>
    public bool Chance(double probability) => NextDouble() < probability;

    /// <summary>A uniform integer in [0, <paramref name="bound"/>), by Lemire's multiply-and-reject (no modulo bias).</summary>
    public int NextInt(int bound)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bound);
        var n = (ulong)bound;
        var product = Math.BigMul(NextUInt64(), n, out var low);
        if (low < n)
        {
            var threshold = (0UL - n) % n;
            while (low < threshold)
                product = Math.BigMul(NextUInt64(), n, out low);
        }

        return (int)product;
    }

    /// <summary>A standard normal draw by the Box-Muller transform (one of the pair is discarded: draws are rare).</summary>
    public double NextNormal()
    {
        var u = 1.0 - NextDouble(); // (0, 1]: keeps the log finite
        var v = NextDouble();
        return Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * v);
    }

    private static ulong SplitMix64(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
