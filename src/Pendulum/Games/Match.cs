using Pendulum.Internals;

namespace Pendulum.Games;

/// <summary>
/// One simulated match. Each turn both sides choose an intended move, each move is flipped with probability
/// <see cref="MatchOptions.Noise"/>, and both sides see the moves actually played. Two memory-one strategies take a
/// fast path (<see cref="MemoryOneKernel"/>) that draws differently but samples the same distribution.
/// </summary>
public static class Match
{
    /// <summary>
    /// Plays one match with the generator of run <paramref name="run"/> under master seed <paramref name="seed"/>: the
    /// same match <see cref="MonteCarloMatch"/> plays as its run <paramref name="run"/>.
    /// </summary>
    public static MatchOutcome Play(Strategy a, Strategy b, MatchOptions options, ulong seed, long run = 0)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var random = Xoshiro256StarStar.ForRun(seed, run);
        return Plan(a, b, options).Play(ref random);
    }

    /// <summary>What is fixed for every match of a pairing, worked out once: the path, thresholds, the noise threshold.</summary>
    internal static MatchPlan Plan(Strategy a, Strategy b, MatchOptions options, bool allowFastPath = true)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return allowFastPath && a is MemoryOneStrategy ma && b is MemoryOneStrategy mb
            ? new MatchPlan(a, b, options.Turns, options.Noise, ma.Thresholds(options.Noise), mb.Thresholds(options.Noise))
            : new MatchPlan(a, b, options.Turns, options.Noise, null, null);
    }

    /// <summary>The general path: any two strategies, two players with their own state, noise drawn per move.</summary>
    internal static MatchOutcome PlayGeneral(Strategy a, Strategy b, int turns, ulong noiseThreshold, ref Xoshiro256StarStar random)
    {
        var playerA = a.CreatePlayer();
        var playerB = b.CreatePlayer();
        var intendedA = playerA.First(ref random);
        var intendedB = playerB.First(ref random);
        Span<int> counts = stackalloc int[4]; // CC, CD, DC, DD
        for (var turn = 0; turn < turns; turn++)
        {
            var moveA = intendedA ^ random.Below(noiseThreshold);
            var moveB = intendedB ^ random.Below(noiseThreshold);
            counts[(moveA ? 0 : 2) + (moveB ? 0 : 1)]++;
            if (turn + 1 < turns)
            {
                intendedA = playerA.Next(moveA, moveB, ref random);
                intendedB = playerB.Next(moveB, moveA, ref random);
            }
        }

        return new MatchOutcome(counts[0], counts[1], counts[2], counts[3]);
    }
}

/// <summary>A pairing ready to play many matches: memory-one thresholds when both sides are memory-one.</summary>
internal sealed record MatchPlan(Strategy A, Strategy B, int Turns, double Noise, MemoryOneThresholds? FastA, MemoryOneThresholds? FastB)
{
    private readonly ulong _noiseThreshold = Xoshiro256StarStar.Threshold(Noise);

    /// <summary>True when both sides are memory-one and the fast path plays.</summary>
    public bool IsFast => FastA is not null && FastB is not null;

    public MatchOutcome Play(ref Xoshiro256StarStar random) =>
        FastA is { } a && FastB is { } b
            ? MemoryOneKernel.Play(a, b, Turns, ref random)
            : Match.PlayGeneral(A, B, Turns, _noiseThreshold, ref random);
}
