using BenchmarkDotNet.Attributes;
using Pendulum.Games;

namespace Pendulum.Benchmarks;

/// <summary>
/// 200-turn TitForTat-TitForTat matches with noise 0.01, on one thread; one operation is one match. <c>Play</c> is
/// <see cref="Match.Play"/> per match (plan worked out each time); <c>MonteCarlo</c> is the batch path of
/// <c>pendulum games match</c> (<see cref="MonteCarloMatch"/>, plan once, running moments).
/// </summary>
[MemoryDiagnoser]
public class GamesBenchmarks
{
    private const int Matches = 100_000;
    private static readonly MatchOptions Noisy200 = new() { Turns = 200, Noise = 0.01 };
    private static readonly MonteCarloOptions OneThread = new() { Runs = Matches, Seed = 1, Threads = 1 };

    [Benchmark(OperationsPerInvoke = Matches)]
    public int PlayTitForTat200Noisy()
    {
        var cooperations = 0;
        for (var run = 0; run < Matches; run++)
            cooperations += (int)Match.Play(Strategies.TitForTat, Strategies.TitForTat, Noisy200, seed: 1, run).CC;
        return cooperations;
    }

    [Benchmark(OperationsPerInvoke = Matches)]
    public double MonteCarloTitForTat200Noisy() =>
        MonteCarloMatch.Run(Strategies.TitForTat, Strategies.TitForTat, Noisy200, OneThread).PayoffA.Mean;
}
