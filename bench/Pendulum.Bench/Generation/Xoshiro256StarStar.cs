namespace Pendulum.Bench.Generation;

/// <summary>
/// The xoshiro256** generator (Blackman and Vigna, 2018), seeded through SplitMix64 as its authors recommend: the
/// library's generator (src/Pendulum/Internals, compiled into this project too) behind a reference type, with the
/// integer and floating-point draws the file generator needs. Ours rather than <see cref="Random"/> so a seed produces
/// the same sequence on every .NET version and platform: generated benchmark files must be byte-identical for the same seed.
/// </summary>
public sealed class Xoshiro256StarStar
{
    private const double UnitScale = 1.0 / (1UL << 53);

    private Pendulum.Internals.Xoshiro256StarStar _state;

    public Xoshiro256StarStar(ulong seed) => _state = new Pendulum.Internals.Xoshiro256StarStar(seed);

    /// <summary>The next 64 uniformly distributed bits.</summary>
    public ulong NextUInt64() => _state.NextUInt64();

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
            {
                product = Math.BigMul(NextUInt64(), n, out low);
            }
        }
        return (int)product;
    }

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * UnitScale;

    /// <summary>True with probability <paramref name="probability"/>.</summary>
    public bool Chance(double probability) => NextDouble() < probability;
}
