namespace Pendulum.Internals;

/// <summary>
/// A reference-type stream over <see cref="Xoshiro256StarStar"/> with the draws the simulator and the benchmark file
/// generator need (doubles, chances, bounded integers, normals). Hot loops that want the state in registers use the
/// struct directly; everything else shares one instance through this class.
/// </summary>
internal sealed class RandomStream
{
    private const double UnitScale = 1.0 / (1UL << 53);

    private Xoshiro256StarStar _state;

    public RandomStream(ulong seed) => _state = new Xoshiro256StarStar(seed);

    /// <summary>
    /// The seed of run <paramref name="run"/> under <paramref name="masterSeed"/>: the two are mixed through SplitMix64
    /// first, so neighbouring runs (and neighbouring master seeds) get unrelated streams.
    /// </summary>
    public static ulong RunSeed(ulong masterSeed, long run)
    {
        var x = masterSeed;
        var a = SplitMix64(ref x);
        x = a ^ (ulong)run;
        return SplitMix64(ref x);
    }

    /// <summary>Restarts the stream from <paramref name="seed"/> (lets one instance serve many runs).</summary>
    public void Reseed(ulong seed) => _state = new Xoshiro256StarStar(seed);

    /// <summary>The next 64 uniformly distributed bits.</summary>
    public ulong NextUInt64() => _state.NextUInt64();

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

    /// <summary>A Poisson draw by Knuth's product of uniforms: exact, and quick for the small means it is used with.</summary>
    public int NextPoisson(double mean)
    {
        var limit = Math.Exp(-mean);
        var k = 0;
        var product = NextDouble();
        while (product > limit)
        {
            k++;
            product *= NextDouble();
        }

        return k;
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
